/** Keys saved with runner.saveState for the post step. Never the token. */
export const State = {
  /** Absolute path of the JSON manifest of files the main step wrote. */
  manifestPath: 'manifest-path'
} as const
