/** One main run's writes, for the unit tests of the config writer: as tools/configure.ts makes them. */
import { writeConfigFiles } from '../../src/config/writer.js'
import type { Manifest } from '../../src/config/manifest.js'
import type { PlannedFile } from '../../src/tools/plan.js'

/**
 * Plans `files` (or what `plan` makes of the planner's reader) and writes them for the run whose
 * manifest this is, its tokens leased for `leaseMs` (an hour by default).
 * @param log receives the lines the writer logs (skipped files, other jobs' runs ended)
 */
export function writeFiles(
  files: PlannedFile[] | ((read: (file: string) => string | null) => PlannedFile[]),
  manifest: Manifest,
  manifestPath: string,
  options: { leaseMs?: number; log?: (message: string) => void } = {}
): void {
  const log = options.log ?? (() => undefined)
  writeConfigFiles((read) => ({ files: typeof files === 'function' ? files(read) : files }), {
    manifest,
    manifestPath,
    leaseUntil: new Date(Date.now() + (options.leaseMs ?? 3600_000)),
    onSkip: log,
    onNote: log
  })
}
