import fc from 'fast-check';

// Property tests draw from one fixed seed, so a failure reproduces run after run (fast-check
// prints the seed and the shrunk counterexample). To explore: FC_SEED=<number> for another
// fixed seed, FC_SEED=random for a fresh one each run.
const asked = process.env.FC_SEED;
const seed = asked === 'random' ? undefined : asked !== undefined && /^-?\d+$/.test(asked) ? Number(asked) : 20261206;
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
