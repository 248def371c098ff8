/**
 * When the token and endpoint requests of a run go out, and the configured clients' planners that
 * load with them: once the requests are written (aws/request-writes.ts), so that compiling the
 * planners and their format libraries never holds up a request. main.ts loads this module (and
 * with it the CodeArtifact client) once GetCallerIdentity is on its way.
 */
import type { STSClient } from '@aws-sdk/client-sts'
import { jobClients, type JobClients } from './aws/job-clients.js'
import { requestsWritten } from './aws/request-writes.js'
import * as access from './aws/repository-access.js'
import { chooseTokenLifetime, type LifetimeInputs } from './aws/token-lifetime.js'
import type { EndpointType } from '@aws-sdk/client-codeartifact'
import { loadPlanners } from './tools/catalog.js'
import * as targets from './tools/targets.js'
import { phase, settleLater } from './step-phases.js'

type Planners = ReturnType<typeof loadPlanners>

/** The inputs the requests need: the region, `endpoint-type`, and what decides the lifetime. */
export interface ScheduleInputs extends LifetimeInputs {
  region: string
  endpointType?: EndpointType
}

/** The run's access requests and planners; see the module comment. */
export class AccessSchedule {
  private loading: Planners | undefined

  constructor(
    readonly aws: JobClients,
    private readonly inputs: ScheduleInputs,
    private readonly warn: (text: string) => void
  ) {}

  /** The schedule of a job whose STS client is `sts`: with a new CodeArtifact client (job-clients.ts). */
  static forJob(
    sts: STSClient,
    inputs: ScheduleInputs,
    warn: (text: string) => void
  ): AccessSchedule {
    return new AccessSchedule(jobClients(sts, inputs.region), inputs, warn)
  }

  /**
   * The token lifetime in seconds (aws/token-lifetime.ts), in the phase `get the authorization
   * token`; `forToken` false when no token follows.
   */
  lifetime(forToken: boolean): Promise<number> {
    return phase('get the authorization token', () =>
      chooseTokenLifetime(this.aws.sts, this.inputs, forToken, this.warn)
    )
  }

  /**
   * The lifetime of a token requested before the principal is known (every domain owner given),
   * once the requests already sent (GetCallerIdentity) are on their way: the token requests then
   * go out during its round trip without holding up its departure.
   */
  async earlyLifetime(): Promise<number> {
    const lifetime = await this.lifetime(true)
    await requestsWritten()
    return lifetime
  }

  /** The token and endpoint requests for these repositories; the planners start loading with the first. */
  requests(resolved: targets.ResolvedTarget[]): access.AccessRequests {
    return access.accessRequests(
      this.aws.codeartifact,
      targets.repositoryTargets(resolved),
      this.inputs,
      phase,
      () => {
        this.loading ??= settleLater(
          requestsWritten().then(() => loadPlanners(targets.toolsOf(resolved)))
        )
      }
    )
  }

  /**
   * Sends the token and endpoint requests for these repositories now, for `lifetime` seconds, and
   * settles both (aws/repository-access.ts `startAccess`): every domain owner given, they overlap
   * with GetCallerIdentity.
   */
  startEarly(resolved: targets.ResolvedTarget[], lifetime: number): Promise<access.Settled> {
    return access.startAccess(this.requests(resolved), lifetime)
  }

  /** The planners of these repositories' clients: those loading since the requests, else loaded now. */
  planners(resolved: targets.ResolvedTarget[]): Planners {
    return this.loading ?? loadPlanners(targets.toolsOf(resolved))
  }
}
