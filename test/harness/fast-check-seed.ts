import fc from 'fast-check';

// Property tests explore with a new seed on every local run (that is how they find bugs), but CI must
// not turn red by chance: there the seed is fixed. FC_SEED reproduces a run either way.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261123 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
