import * as runner from './runner/index.js'
import { State } from './state-keys.js'
import { restoreFromManifest } from './config/restore.js'

/**
 * The post step: ends this job's use of every file the main step wrote. The
 * last job using a file (several jobs may share one HOME) puts the user's
 * original back, byte for byte with its mode and owner, or deletes what the
 * action created. Runs even when the job failed; it only warns, never fails
 * the job, and a second run finds nothing left to do.
 */
export async function runPost(): Promise<void> {
  try {
    const manifestPath = runner.getState(State.manifestPath)
    if (!manifestPath) {
      runner.info('codeartifact-setup wrote nothing in this job; nothing to clean up.')
      return
    }
    const report = restoreFromManifest(manifestPath)
    if (report.alreadyDone) {
      runner.info(
        'codeartifact-setup: nothing left to clean up; an earlier post step of this job already did.'
      )
      return
    }
    for (const file of report.restored) runner.info(`Restored ${file}`)
    for (const file of report.removed) runner.info(`Removed ${file}`)
    for (const file of report.emptied)
      runner.info(`Emptied ${file} (its folder is not writable, so it could not be removed)`)
    for (const note of report.notes) runner.info(note)
    for (const warning of report.warnings) runner.warning(warning)
    if (report.failed.length > 0) {
      runner.warning(
        `codeartifact-setup could not undo everything: ${report.failed.join(', ')} may still hold the token (see above).`
      )
    } else {
      runner.info('codeartifact-setup cleaned up.')
    }
  } catch (error) {
    runner.warning(
      `codeartifact-setup clean-up: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
