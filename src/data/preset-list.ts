import presets from '../../data/presets.json';
import type { Answers } from '../schema/answers.ts';

/**
 * The presets for the start screen, without loading the whole dataset. presets.json
 * is validated with the rest of data/ (tests/unit/dataset.test.ts), and the wizard
 * checks the answers again before using them.
 */
export const presetList: readonly { id: string; label: string; description: string; answers: Answers }[] = presets.presets;
