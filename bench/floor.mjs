// The floor for bench/run.mjs: the least any action built on the same libraries does before its
// first AWS request. It loads @actions/core, reads an input, loads @aws-sdk/client-sts, sends
// GetCallerIdentity and sets one output. The bench bundles it with ncc, as the action is
// bundled, and times it like the action: how near the action's start-up comes to this is what
// "near the floor" means in issue #7.
import * as core from '@actions/core'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'

const region = core.getInput('region') || process.env.AWS_REGION
const caller = await new STSClient({ region }).send(new GetCallerIdentityCommand({}))
core.setOutput('account-id', caller.Account)
