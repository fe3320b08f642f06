import { use } from 'react';
import { currentDataset, loadDataset } from '../data/editions.ts';
import type { Dataset } from '../schema/dataset.ts';
import { useEditionId } from './wizard-store.ts';

/**
 * The dataset of the edition the user chose (the current edition unless they switched). An
 * older edition's data loads the first time it is needed: the view suspends until it is here.
 */
export function useDataset(): Dataset {
  const editionId = useEditionId();
  const loading = editionId === null ? null : loadDataset(editionId);
  return loading ? use(loading) : currentDataset;
}
