import type { PackageFormat } from '../aws/names.js'
import {
  exactPackageArn,
  packageSetLanguage,
  packageSetPattern,
  type PackageCoordinates,
  type RepositoryPackages
} from './package-names.js'
import type { ResourceSet } from './resource-sets.js'

/** What the job will do with the repository: install packages, or also publish them. */
export type AccessLevel = 'read' | 'publish'

/** The `sts:AWSServiceName` value CodeArtifact's bearer tokens carry. */
export const CODEARTIFACT_SERVICE_NAME = 'codeartifact.amazonaws.com'

/** The STS action CodeArtifact checks inside GetAuthorizationToken. */
export const BEARER_TOKEN_ACTION = 'sts:GetServiceBearerToken'

/** One repository the job uses, with its domain owner settled. */
export interface PermissionTarget {
  domain: string
  /** 12-digit account that owns the domain. */
  domainOwner: string
  repository: string
  /** The package formats the configured clients use; empty or undefined when not known yet. */
  formats?: PackageFormat[]
}

/**
 * One permission the principal needs: an IAM action on a resource, with the request context
 * AWS will evaluate it in.
 */
export interface RequiredPermission {
  /** e.g. `sts:GetServiceBearerToken`, `codeartifact:ReadFromRepository`. */
  action: string
  /** The resource ARN, or `*` for actions without resource types. */
  resource: string
  /** Known request context values, e.g. `{'sts:AWSServiceName': 'codeartifact.amazonaws.com'}`. */
  context: Record<string, string>
  /**
   * Where a grant can come from. `identity-policy`: only the principal's identity policies count
   * (a resource policy grant of `sts:GetServiceBearerToken` has no effect). `identity-or-resource-policy`:
   * in the domain owner's own account, a domain or repository permissions policy can grant it alone.
   */
  grantableBy: 'identity-policy' | 'identity-or-resource-policy'
  /** The repository this permission is for, or just the domain for domain-level actions. */
  target: { domain: string; domainOwner: string; repository?: string; format?: PackageFormat }
  /** What fails without it, for the report ("get a CodeArtifact token", …). */
  purpose: string
  /**
   * Publish permissions only: which packages `resource` stands for. `any`: every package of the
   * repository (of `format`, when known), a set of ARNs (`resource` is its wildcard pattern;
   * {@link resourceSetOf} gives the set). `exact`: one package a workspace manifest names
   * (`resource` is its ARN).
   */
  packages?: PackageScope
}

/** Which packages a publish permission is about. */
export type PackageScope =
  | { kind: 'any'; repository: RepositoryPackages; format?: PackageFormat }
  | { kind: 'exact'; package: PublishedPackage }

/** A package the workspace will publish, as a manifest names it. */
export interface PublishedPackage {
  /** CodeArtifact's coordinates (normalised as ARNs need them). */
  coordinates: PackageCoordinates
  /** The name as the manifest writes it, e.g. `@myscope/tiny`, `com.acme:lib`, `My_Pkg`. */
  displayName: string
  /** The manifest, relative to the workspace, e.g. `package.json`. */
  manifest: string
}

/** Parameters of {@link requiredPermissions}. */
export interface RequirementParameters {
  targets: PermissionTarget[]
  access: AccessLevel
  /** `aws`, `aws-cn`, `aws-us-gov`, …, from the caller's ARN. */
  partition: string
  region: string
  /**
   * Packages the workspace's manifests say it will publish. For a format with packages here,
   * publish permissions are required on exactly those package ARNs; for other formats, on every
   * package of the format (a set).
   */
  packages?: readonly PublishedPackage[]
  /**
   * The token lifetime the action will request, in seconds. Known values (900–43200) go into the
   * `sts:DurationSeconds` context; 0 or undefined leaves the key unknown, because AWS does not
   * document what it holds for a session-length token.
   */
  durationSeconds?: number
}

/** `arn:PART:codeartifact:REGION:OWNER:domain/DOMAIN` (Service Authorization Reference, CodeArtifact resource types). */
export function domainArn(
  partition: string,
  region: string,
  owner: string,
  domain: string
): string {
  return `arn:${partition}:codeartifact:${region}:${owner}:domain/${domain}`
}

/** `arn:PART:codeartifact:REGION:OWNER:repository/DOMAIN/REPOSITORY`. */
export function repositoryArn(
  partition: string,
  region: string,
  owner: string,
  domain: string,
  repository: string
): string {
  return `arn:${partition}:codeartifact:${region}:${owner}:repository/${domain}/${repository}`
}

/**
 * `arn:PART:codeartifact:REGION:OWNER:package/DOMAIN/REPOSITORY/FORMAT/*`, every package of one
 * format (namespace and name follow the format), or `…/REPOSITORY/*` for every package.
 */
export function packageArn(
  partition: string,
  region: string,
  owner: string,
  domain: string,
  repository: string,
  format?: PackageFormat
): string {
  return packageSetPattern({ partition, region, owner, domain, repository }, format)
}

/**
 * The set of ARNs a permission is about when it is about many (every package of a repository,
 * of one format or any): package ARNs have the form `…/FORMAT/NAMESPACE/NAME`, so `…/npm/*`
 * means that set, not the text. `undefined` for a permission on one ARN (or `*`).
 */
export function resourceSetOf(permission: RequiredPermission): ResourceSet | undefined {
  if (permission.packages?.kind !== 'any') return undefined
  const { repository, format } = permission.packages
  return { pattern: permission.resource, language: packageSetLanguage(repository, format) }
}

/**
 * Whether publishing `format` needs `codeartifact:PutPackageMetadata`: AWS lists it for Maven
 * only (npm, Python and NuGet need `PublishPackageVersion`), so an npm publisher whose policy
 * grants just that is not denied. An unknown format keeps both, to be safe.
 * https://docs.aws.amazon.com/codeartifact/latest/ug/packages-overview.html
 */
export function needsPackageMetadata(format: PackageFormat | undefined): boolean {
  return format === undefined || format === 'maven'
}

/**
 * Lists every permission the job needs, in the order AWS checks them.
 *
 * - `sts:GetServiceBearerToken` on `*` with `sts:AWSServiceName = codeartifact.amazonaws.com`
 *   (and `sts:DurationSeconds` when known), once for the whole job; identity policies only
 *   (https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html).
 * - `codeartifact:GetAuthorizationToken` on each distinct domain ARN, in the domain owner's account.
 * - `codeartifact:GetRepositoryEndpoint` and `codeartifact:ReadFromRepository` on each repository ARN.
 * - With `access: publish`: `codeartifact:PublishPackageVersion`, plus
 *   `codeartifact:PutPackageMetadata` where the format's publishing needs it (Maven; and when the
 *   format is unknown) (https://docs.aws.amazon.com/codeartifact/latest/ug/packages-overview.html):
 *   on the exact package ARNs the workspace's manifests name (`parameters.packages`), else on
 *   every package of each known format (`…/FORMAT/*`, a set: {@link resourceSetOf}), else on
 *   every package of the repository (`…/REPOSITORY/*`).
 *
 * @returns the permissions, without duplicates
 */
export function requiredPermissions(parameters: RequirementParameters): RequiredPermission[] {
  const { partition, region, access, durationSeconds } = parameters
  const stsContext: Record<string, string> = { 'sts:AWSServiceName': CODEARTIFACT_SERVICE_NAME }
  if (durationSeconds !== undefined && durationSeconds > 0) {
    stsContext['sts:DurationSeconds'] = String(durationSeconds)
  }
  const first = parameters.targets[0]
  const permissions: RequiredPermission[] = []
  const seen = new Set<string>()
  const add = (permission: RequiredPermission): void => {
    const key = `${permission.action} ${permission.resource}`
    if (seen.has(key)) return
    seen.add(key)
    permissions.push(permission)
  }
  if (first !== undefined) {
    add({
      action: BEARER_TOKEN_ACTION,
      resource: '*',
      context: stsContext,
      grantableBy: 'identity-policy',
      target: { domain: first.domain, domainOwner: first.domainOwner },
      purpose: 'get a CodeArtifact authorization token'
    })
  }
  for (const target of parameters.targets) {
    const { domain, domainOwner, repository } = target
    add({
      action: 'codeartifact:GetAuthorizationToken',
      resource: domainArn(partition, region, domainOwner, domain),
      context: {},
      grantableBy: 'identity-or-resource-policy',
      target: { domain, domainOwner },
      purpose: 'get a CodeArtifact authorization token'
    })
    const repositoryResource = repositoryArn(partition, region, domainOwner, domain, repository)
    add({
      action: 'codeartifact:GetRepositoryEndpoint',
      resource: repositoryResource,
      context: {},
      grantableBy: 'identity-or-resource-policy',
      target: { domain, domainOwner, repository },
      purpose: 'look up the repository endpoint'
    })
    add({
      action: 'codeartifact:ReadFromRepository',
      resource: repositoryResource,
      context: {},
      grantableBy: 'identity-or-resource-policy',
      target: { domain, domainOwner, repository },
      purpose: 'install packages from the repository'
    })
  }
  if (access === 'publish') {
    for (const target of parameters.targets) {
      const { domain, domainOwner, repository } = target
      const packages: RepositoryPackages = {
        partition,
        region,
        owner: domainOwner,
        domain,
        repository
      }
      const formats: (PackageFormat | undefined)[] =
        target.formats !== undefined && target.formats.length > 0
          ? [...new Set(target.formats)]
          : [undefined]
      const scopes = formats.flatMap((format): PackageScope[] => {
        const named = (parameters.packages ?? []).filter(
          (each) => format !== undefined && each.coordinates.format === format
        )
        return named.length > 0
          ? named.map((each) => ({ kind: 'exact', package: each }))
          : [
              format === undefined
                ? { kind: 'any', repository: packages }
                : { kind: 'any', repository: packages, format }
            ]
      })
      for (const action of [
        'codeartifact:PublishPackageVersion',
        'codeartifact:PutPackageMetadata'
      ]) {
        for (const scope of scopes) {
          const format = scope.kind === 'exact' ? scope.package.coordinates.format : scope.format
          if (action === 'codeartifact:PutPackageMetadata' && !needsPackageMetadata(format))
            continue
          add({
            action,
            resource:
              scope.kind === 'exact'
                ? exactPackageArn(packages, scope.package.coordinates)
                : packageSetPattern(packages, format),
            context: {},
            grantableBy: 'identity-or-resource-policy',
            target:
              format === undefined
                ? { domain, domainOwner, repository }
                : { domain, domainOwner, repository, format },
            purpose:
              scope.kind === 'exact'
                ? `publish ${scope.package.displayName} (${scope.package.manifest}) to the repository`
                : 'publish packages to the repository',
            packages: scope
          })
        }
      }
    }
  }
  return permissions
}
