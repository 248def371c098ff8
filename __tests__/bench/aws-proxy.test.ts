/**
 * The counting proxy of `npm run bench` (bench/aws-proxy.mjs): what it reads from a request,
 * which answers it counts as denied, and which it replays, against a small upstream on loopback.
 * No timing is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  accessKeyOf,
  actionOf,
  isDenial,
  serviceOf,
  startAwsProxy,
  type AwsProxy
} from '../../bench/aws-proxy.mjs'

const authorization = (key: string, service: string) =>
  `AWS4-HMAC-SHA256 Credential=${key}/20261129/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=abc`

const OLD_DATE = 'Mon, 01 Jan 2001 00:00:00 GMT'

const deniedXml =
  '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>'

describe('what the proxy reads', () => {
  it('takes the service and the access key from the SigV4 scope', () => {
    const header = authorization('ASIAEXAMPLE', 'sts')
    expect(serviceOf(header)).toBe('sts')
    expect(accessKeyOf(header)).toBe('ASIAEXAMPLE')
    expect(serviceOf(undefined)).toBe('unknown')
    expect(accessKeyOf('Bearer x')).toBeNull()
  })

  it('takes the action from a query body or an x-amz-target header', () => {
    expect(actionOf('Action=GetCallerIdentity&Version=2011-06-15', undefined)).toBe(
      'GetCallerIdentity'
    )
    expect(actionOf('{}', 'AWSSecurityTokenServiceV20110615.GetCallerIdentity')).toBe(
      'GetCallerIdentity'
    )
    expect(actionOf('', undefined)).toBe('Unknown')
  })

  it('counts AccessDenied answers as denied, and nothing else', () => {
    expect(isDenial(403, deniedXml)).toBe(true)
    expect(isDenial(400, deniedXml.replace('AccessDenied', 'AccessDeniedException'))).toBe(true)
    expect(isDenial(404, deniedXml.replace('AccessDenied', 'NoSuchEntity'))).toBe(false)
    expect(isDenial(200, '<Code>AccessDenied</Code>')).toBe(false)
    expect(isDenial(500, deniedXml)).toBe(false)
    expect(isDenial(403, 'Forbidden')).toBe(false)
  })
})

describe('the proxy in front of an upstream', () => {
  const seen: string[] = []
  let upstream: http.Server
  let proxy: AwsProxy

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const action = actionOf(body, undefined)
        seen.push(`${accessKeyOf(req.headers.authorization)} ${action} ${req.headers['x-test']}`)
        if (action === 'SimulatePrincipalPolicy' && body.includes('Fail=1')) {
          res.writeHead(500)
          res.end('<Code>ServiceFailure</Code>')
        } else if (action === 'SimulatePrincipalPolicy') {
          res.writeHead(403, {
            'content-type': 'text/xml',
            'x-upstream-call': String(seen.length),
            date: OLD_DATE
          })
          res.end(deniedXml)
        } else {
          res.writeHead(200, { 'content-type': 'text/xml' })
          res.end('<GetCallerIdentityResponse/>')
        }
      })
    })
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
    proxy = await startAwsProxy({
      target: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
    })
  })

  afterAll(async () => {
    await proxy.stop()
    await new Promise((resolve) => upstream.close(resolve))
  })

  const send = async (key: string, service: string, body: string, test = '') => {
    const res = await fetch(proxy.url, {
      method: 'POST',
      headers: {
        authorization: authorization(key, service),
        'content-type': 'application/x-www-form-urlencoded',
        'x-test': test
      },
      body
    })
    return {
      status: res.status,
      text: await res.text(),
      call: res.headers.get('x-upstream-call'),
      date: res.headers.get('date')
    }
  }

  it('forwards requests unchanged and logs each with its service, action and answer', async () => {
    proxy.resetLog()
    seen.length = 0
    const answer = await send('AKIDA', 'sts', 'Action=GetCallerIdentity', 'header kept')
    expect(answer).toMatchObject({ status: 200, text: '<GetCallerIdentityResponse/>' })
    expect(seen).toEqual(['AKIDA GetCallerIdentity header kept'])
    expect(proxy.requests).toMatchObject([
      { service: 'sts', action: 'GetCallerIdentity', status: 200, denied: false }
    ])
  })

  it('replays a SimulatePrincipalPolicy answer for the same caller and body, counting each', async () => {
    proxy.resetLog()
    seen.length = 0
    const body = 'Action=SimulatePrincipalPolicy&PolicySourceArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr'
    const first = await send('AKIDA', 'iam', body)
    const again = await send('AKIDA', 'iam', body)
    const otherKey = await send('AKIDB', 'iam', body)
    const otherBody = await send('AKIDA', 'iam', `${body}&ActionNames.member.1=sts%3AX`)
    expect([first, again, otherKey, otherBody].map((a) => a.status)).toEqual([403, 403, 403, 403])
    expect({ ...again, date: first.date }).toEqual(first)
    // The replay carries the time it is sent: a stale Date makes the SDK correct its clock and retry.
    expect(first.date).toBe(OLD_DATE)
    expect(Math.abs(Date.parse(again.date ?? '') - Date.now())).toBeLessThan(60_000)
    expect(seen).toEqual([
      'AKIDA SimulatePrincipalPolicy ',
      'AKIDB SimulatePrincipalPolicy ',
      'AKIDA SimulatePrincipalPolicy '
    ])
    expect(proxy.requests.map((r) => [r.action, r.denied])).toEqual([
      ['SimulatePrincipalPolicy', true],
      ['SimulatePrincipalPolicy', true],
      ['SimulatePrincipalPolicy', true],
      ['SimulatePrincipalPolicy', true]
    ])
  })

  it('forwards every other action each time, and never keeps a server error', async () => {
    seen.length = 0
    await send('AKIDA', 'sts', 'Action=GetCallerIdentity')
    await send('AKIDA', 'sts', 'Action=GetCallerIdentity')
    const failing = 'Action=SimulatePrincipalPolicy&Fail=1'
    expect((await send('AKIDA', 'iam', failing)).status).toBe(500)
    expect((await send('AKIDA', 'iam', failing)).status).toBe(500)
    expect(seen).toEqual([
      'AKIDA GetCallerIdentity ',
      'AKIDA GetCallerIdentity ',
      'AKIDA SimulatePrincipalPolicy ',
      'AKIDA SimulatePrincipalPolicy '
    ])
  })
})
