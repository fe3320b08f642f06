import { describe, expect, it } from 'vitest';
import { linkEdition } from '../../src/app/link-edition.ts';
import { currentDataset } from '../../src/data/editions.ts';
import { seedDataset } from '../support/editions.ts';

const seed = seedDataset.meta.edition.id;
const current = currentDataset.meta.edition.id;

describe('the edition a share link is read against', () => {
  it('is the seed for a link made before editions, and the named one when the app has it', () => {
    expect(linkEdition('?v=1&goal=research')).toEqual({ editionId: seed, problems: [] });
    expect(linkEdition('?v=1&e=seed&goal=research').editionId).toBe(seed);
    expect(linkEdition(`?v=1&e=${current}&goal=research`).editionId).toBe(current);
  });

  it('is the current one, with a notice, for an edition it cannot read or does not have: never the seed', () => {
    expect(linkEdition('?v=1&e=&goal=research').editionId).toBe(current);
    expect(linkEdition('?v=1&e=__proto__&goal=research').editionId).toBe(current);
    expect(linkEdition('?v=1&e=constructor&goal=research')).toEqual({ editionId: current, problems: [{ path: 'e', message: 'There is no data edition “constructor”; the current edition is used.' }] });
    expect(linkEdition('?v=1&e=2099-01&goal=research').editionId).toBe(current);
  });
});
