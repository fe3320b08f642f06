import { currentDataset, datasetFor } from '../data/editions.ts';
import type { Dataset } from '../schema/dataset.ts';
import { useEditionId } from './wizard-store.ts';

/** The dataset of the edition the user chose (the current edition unless they switched). */
export function useDataset(): Dataset {
  const editionId = useEditionId();
  return (editionId === null ? null : datasetFor(editionId)) ?? currentDataset;
}
