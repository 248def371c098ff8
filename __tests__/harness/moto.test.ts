import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { IAMClient, ListUsersCommand, CreateUserCommand } from '@aws-sdk/client-iam'
import { startMoto, type Moto } from './moto.mjs'

let moto: Moto
const iam = () =>
  new IAMClient({
    region: 'us-east-1',
    endpoint: moto.url,
    maxAttempts: 1,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' }
  })

beforeAll(async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  moto = await startMoto({ noAuthActionCount: 1 })
}, 15_000)

afterAll(async () => {
  await moto?.stop()
})

describe('startMoto', () => {
  it('enforces IAM auth after noAuthActionCount calls, until resetAuth', async () => {
    expect(moto.url).toBe(`http://127.0.0.1:${moto.port}`)
    await iam().send(new CreateUserCommand({ UserName: 'first' })) // the one free call
    await expect(iam().send(new ListUsersCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId'
    })
    await moto.resetAuth(Infinity)
    const users = await iam().send(new ListUsersCommand({}))
    expect(users.Users?.map((u) => u.UserName)).toEqual(['first'])
  })

  it('reset() clears state; stop() kills the server', async () => {
    await moto.reset()
    expect((await iam().send(new ListUsersCommand({}))).Users).toEqual([])
    await moto.stop()
    await expect(fetch(`${moto.url}/moto-api/`)).rejects.toThrow()
  })
})
