/**
 * Talking to the GitHub Actions runner: inputs, outputs, exported variables,
 * saved state, masking, logs and the job summary. The same names and bytes as
 * @actions/core, without its OIDC client and undici (see workflow-commands.ts).
 */
export {
  debug,
  endGroup,
  error,
  group,
  info,
  setFailed,
  setSecret,
  startGroup,
  warning
} from './workflow-commands.js'
export {
  checkEnvironmentFiles,
  exportVariable,
  getInput,
  getState,
  missingEnvironmentFiles,
  saveState,
  setOutput
} from './file-commands.js'
export { summary, SummaryBuffer, type SummaryTableCell } from './job-summary-buffer.js'
