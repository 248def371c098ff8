// Stand-ins for the endpoints the SDK gets credentials from when a job has no keys in its
// environment: the two a self-hosted runner's host offers (the EC2 instance metadata service,
// IMDSv2, and the ECS / EKS Pod Identity container credentials endpoint) and IAM Identity
// Center's portal (an SSO profile). All answer with session credentials the test gives them (a
// role session of the enforcing world), in the shapes AWS documents:
//
// - IMDSv2 (EC2 User Guide, "Retrieve instance metadata" and "IAM role credentials from instance
//   metadata"): `PUT /latest/api/token` with `X-aws-ec2-metadata-token-ttl-seconds` gives a
//   session token; `GET /latest/meta-data/iam/security-credentials/` with
//   `X-aws-ec2-metadata-token` gives the role name, and `…/<role name>` the credentials as JSON
//   (`Code`, `LastUpdated`, `Type`, `AccessKeyId`, `SecretAccessKey`, `Token`, `Expiration`).
//   A GET without a valid token is answered 401, as with IMDSv1 disabled.
// - Container credentials (ECS Developer Guide, "Task IAM role"; EKS Pod Identity): `GET` on the
//   URI in AWS_CONTAINER_CREDENTIALS_FULL_URI, with the token of
//   AWS_CONTAINER_AUTHORIZATION_TOKEN in `Authorization`, gives `AccessKeyId`,
//   `SecretAccessKey`, `Token`, `Expiration` (and `RoleArn`).
// - IAM Identity Center's portal (SSO API reference, GetRoleCredentials): `GET
//   /federation/credentials?account_id=…&role_name=…` with the access token of a sign-in in
//   `x-amz-sso_bearer_token` gives `{"roleCredentials": {accessKeyId, secretAccessKey,
//   sessionToken, expiration (epoch milliseconds)}}`; a wrong token is answered 401
//   UnauthorizedException. AWS_ENDPOINT_URL_SSO points the SDK here.
//
// Test tree only.
import crypto from 'node:crypto'
import http from 'node:http'

const ROLE_NAME = 'ci-runner-instance-role'

/**
 * @param {{accessKeyId: string, secretAccessKey: string, sessionToken: string, roleArn: string}} credentials
 * @returns {Promise<import('./credential-endpoints.d.mts').CredentialEndpoints>}
 */
export async function startCredentialEndpoints(credentials) {
  const imdsToken = crypto.randomBytes(16).toString('base64url')
  const authorization = crypto.randomBytes(16).toString('hex')
  const ssoAccessToken = crypto.randomBytes(24).toString('base64url')
  const requests = []
  const expiration = () => new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z')
  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method, path: req.url })
    req.resume()
    req.on('end', () => {
      if (req.url === '/latest/api/token') {
        if (req.method !== 'PUT' || !req.headers['x-aws-ec2-metadata-token-ttl-seconds']) {
          res.writeHead(400).end()
          return
        }
        res.writeHead(200, { 'content-type': 'text/plain' }).end(imdsToken)
        return
      }
      if (req.url.startsWith('/latest/meta-data/')) {
        if (req.headers['x-aws-ec2-metadata-token'] !== imdsToken) {
          res.writeHead(401).end()
          return
        }
        if (req.url === '/latest/meta-data/iam/security-credentials/') {
          res.writeHead(200, { 'content-type': 'text/plain' }).end(ROLE_NAME)
          return
        }
        if (req.url === `/latest/meta-data/iam/security-credentials/${ROLE_NAME}`) {
          json(res, 200, {
            Code: 'Success',
            LastUpdated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
            Type: 'AWS-HMAC',
            AccessKeyId: credentials.accessKeyId,
            SecretAccessKey: credentials.secretAccessKey,
            Token: credentials.sessionToken,
            Expiration: expiration()
          })
          return
        }
        res.writeHead(404).end()
        return
      }
      const portal = new URL(req.url, 'http://portal')
      if (portal.pathname === '/federation/credentials') {
        if (req.headers['x-amz-sso_bearer_token'] !== ssoAccessToken) {
          res.writeHead(401, { 'x-amzn-errortype': 'UnauthorizedException' })
          res.end(JSON.stringify({ message: 'Session token not found or invalid' }))
          return
        }
        json(res, 200, {
          roleCredentials: {
            accessKeyId: credentials.accessKeyId,
            secretAccessKey: credentials.secretAccessKey,
            sessionToken: credentials.sessionToken,
            expiration: Date.now() + 3600_000
          }
        })
        return
      }
      if (req.url === '/v2/credentials/job') {
        if (req.headers.authorization !== authorization) {
          json(res, 403, { code: 'AccessDenied', message: 'Invalid authorization token' })
          return
        }
        json(res, 200, {
          AccessKeyId: credentials.accessKeyId,
          SecretAccessKey: credentials.secretAccessKey,
          Token: credentials.sessionToken,
          Expiration: expiration(),
          RoleArn: credentials.roleArn
        })
        return
      }
      res.writeHead(404).end()
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    requests,
    imdsEnv: { AWS_EC2_METADATA_DISABLED: 'false', AWS_EC2_METADATA_SERVICE_ENDPOINT: url },
    containerEnv: {
      AWS_CONTAINER_CREDENTIALS_FULL_URI: `${url}/v2/credentials/job`,
      AWS_CONTAINER_AUTHORIZATION_TOKEN: authorization
    },
    ssoAccessToken,
    ssoEnv: { AWS_ENDPOINT_URL_SSO: url },
    stop: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
