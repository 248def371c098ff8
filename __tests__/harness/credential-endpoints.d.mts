// Types for credential-endpoints.mjs: IMDSv2, container credentials and SSO portal stand-ins.
export interface CredentialEndpoints {
  /** 'http://127.0.0.1:PORT' */
  url: string
  /** Every request, in order. */
  requests: { method: string; path: string }[]
  /** AWS_EC2_METADATA_DISABLED=false and AWS_EC2_METADATA_SERVICE_ENDPOINT: the SDK reads IMDS here. */
  imdsEnv: Record<string, string>
  /** AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN for this server. */
  containerEnv: Record<string, string>
  /** The access token of an IAM Identity Center sign-in the portal accepts (the SSO token cache's). */
  ssoAccessToken: string
  /** AWS_ENDPOINT_URL_SSO for this server (the portal's GetRoleCredentials). */
  ssoEnv: Record<string, string>
  stop(): Promise<void>
}

/** Starts both stand-ins on one loopback port, answering with `credentials`. */
export declare function startCredentialEndpoints(credentials: {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  roleArn: string
}): Promise<CredentialEndpoints>
