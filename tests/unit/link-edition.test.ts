import { describe, expect, it } from 'vitest';
import { linkEdition } from '../../src/app/link-edition.ts';
import { currentDataset, seedDataset } from '../../src/data/editions.ts';

describe('the edition a share link is read against', () => {
  it('is the seed for a link made before editions, and the named one when the app has it', () => {
    expect(linkEdition('?v=1&goal=research')).toEqual({ dataset: seedDataset, problems: [] });
    expect(linkEdition('?v=1&e=seed&goal=research').dataset).toBe(seedDataset);
    expect(linkEdition(`?v=1&e=${currentDataset.meta.edition.id}&goal=research`).dataset).toBe(currentDataset);
  });

  it('is the current one, with a notice, for an edition it cannot read or does not have: never the seed', () => {
    expect(linkEdition('?v=1&e=&goal=research').dataset).toBe(currentDataset);
    expect(linkEdition('?v=1&e=__proto__&goal=research').dataset).toBe(currentDataset);
    expect(linkEdition('?v=1&e=constructor&goal=research')).toEqual({ dataset: currentDataset, problems: [{ path: 'e', message: 'There is no data edition “constructor”; the current edition is used.' }] });
    expect(linkEdition('?v=1&e=2099-01&goal=research').dataset).toBe(currentDataset);
  });
});
