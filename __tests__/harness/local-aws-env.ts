/**
 * The environment a step of the bundled action needs to reach the local AWS
 * of the e2e tests: moto_server for STS and IAM, the CodeArtifact emulator,
 * and moto's documented example keys (long-term IAM user keys, so the action
 * picks its 12-hour token lifetime).
 */
export function localAwsEnv(
  moto: { url: string },
  emulator: { url: string },
  region = 'us-east-1'
): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: region,
    AWS_ENDPOINT_URL_STS: moto.url,
    AWS_ENDPOINT_URL_IAM: moto.url,
    AWS_ENDPOINT_URL_CODEARTIFACT: emulator.url
  }
}
