/** The error a provisioning step stops with: what is wrong and what to do, in one message. */
export class ProvisioningError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ProvisioningError'
  }
}
