import { Fragment } from 'react';
import type { Dataset } from '../../../schema/dataset.ts';
import { formatAsOf } from '../../../words/format-date.ts';

/** Source titles, each a link where the source has an address. */
export function SourceList({ ids, dataset }: { readonly ids: readonly string[]; readonly dataset: Dataset }) {
  return (
    <>
      {ids.map((id, i) => {
        const source = dataset.sources.find((s) => s.id === id);
        return (
          <Fragment key={id}>
            {i > 0 && '; '}
            {source?.url && !source.defunct ? (
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              (source?.title ?? id)
            )}
            {source?.defunct && ` (closed in ${formatAsOf(source.defunct.since)}: ${source.defunct.note})`}
          </Fragment>
        );
      })}
    </>
  );
}
