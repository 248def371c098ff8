/**
 * One place for how hard the property tests look. `npm test` runs them with a
 * fixed seed, so a red CI run is reproducible and a green one stays green;
 * `npm run fuzz` sets FC_SEED=random (and FC_RUNS higher) to look for new
 * counterexamples. A failure prints its seed: rerun with FC_SEED=<seed>.
 */
import fc from 'fast-check'

const FIXED_SEED = 20261130

function seedFromEnv(): number {
  const raw = process.env.FC_SEED
  if (raw === undefined || raw === '') return FIXED_SEED
  if (raw === 'random') return (Math.random() * 2 ** 31) | 0
  const seed = Number(raw)
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be an integer or "random", got "${raw}"`)
  return seed
}

/** Multiplies each file's own run count; FC_RUNS=10 looks ten times as hard. */
export const RUN_FACTOR = Math.max(1, Number(process.env.FC_RUNS ?? '1') || 1)

/** Runs `n` × RUN_FACTOR. */
export function runs(n: number): number {
  return Math.round(n * RUN_FACTOR)
}

fc.configureGlobal({ seed: seedFromEnv() })
