// The floor for bench/run.mjs: the least any action built on the AWS SDK for JavaScript v3 does
// before its first AWS request. It reads an input from its INPUT_ variable, loads
// @aws-sdk/client-sts, sends GetCallerIdentity and appends one output to GITHUB_OUTPUT. The bench
// bundles it with ncc, as the action is bundled, and times it like the action: how near the
// action's start-up comes to this is what "near the floor" means in issue #7.
import fs from 'node:fs'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'

const region = process.env.INPUT_REGION || process.env.AWS_REGION
const caller = await new STSClient({ region }).send(new GetCallerIdentityCommand({}))
fs.appendFileSync(process.env.GITHUB_OUTPUT, `account-id=${caller.Account}\n`)
