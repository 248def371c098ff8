/**
 * Maven and Gradle through the bundled action: the real `mvn` (3.8) resolves
 * and deploys through the settings.xml the action merged, the real `gradle`
 * (Debian 4.4.1) resolves through the ORG_GRADLE_PROJECT_* properties it
 * exported, both fail with a wrong token, and the post step puts the user's
 * settings.xml back byte for byte.
 *
 * The Maven runs reach only the local emulator, so Maven's plugins come from
 * the repository scripts/install-test-clients.sh seeds from Maven Central
 * (.test-clients/m2), which the USER's own settings.xml offers as a `file://`
 * plugin repository (so the test also proves the user's profiles still work). Every Maven run gets a fresh local repository.
 * Java takes `user.home` from the passwd entry, not HOME. The job's HOME here
 * is a temp dir (as in container jobs), so the action itself points Maven at
 * it through MAVEN_OPTS; runs without the action get the same from the test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Emulator } from '../emulator/server.mjs'
import {
  createJob,
  listFiles,
  runMain,
  runPost,
  stepEnv,
  type Job,
  type StepResult
} from '../harness/action-runner.js'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'
import { runClient } from '../harness/client-process.js'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { mavenPluginRepository } from '../harness/test-clients.mjs'

/** The account moto_server puts every caller in. */
const MOTO_ACCOUNT = '123456789012'
const PLUGIN_REPOSITORY = mavenPluginRepository()

const USER_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<!-- my Maven settings: plugins come from the machine's own repository -->
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>other</id>
      <username>me</username>
      <password>s3cret &amp; more</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>local-plugins</id>
      <pluginRepositories>
        <pluginRepository>
          <id>local-m2</id>
          <url>file://${PLUGIN_REPOSITORY}</url>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>local-plugins</activeProfile>
  </activeProfiles>
</settings>
`

const PINNED_PLUGINS = `
  <build><plugins>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-install-plugin</artifactId><version>3.1.1</version></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-deploy-plugin</artifactId><version>3.1.1</version></plugin>
  </plugins></build>`

let aws: LocalAws
/** The job's AWS env: a role with the README's consumer policy, as session credentials. */
let awsEnv: Record<string, string>
let emulator: Emulator
let job: Job
let main: StepResult
/** A second job, with maven-repository-mode: mirror. */
let mirrorJob: Job
let token: string
let endpoint: string

beforeAll(async () => {
  aws = await startLocalAws({
    domains: { 'my-domain': { owner: MOTO_ACCOUNT, repositories: ['my-repo'] } }
  })
  emulator = aws.emulator
  awsEnv = await aws.jobEnv()
  const userJob = (): Job => {
    const created = createJob(awsEnv)
    fs.mkdirSync(path.join(created.home, '.m2'))
    fs.writeFileSync(path.join(created.home, '.m2', 'settings.xml'), USER_SETTINGS, { mode: 0o644 })
    return created
  }
  job = userJob()
  mirrorJob = userJob()
  token = emulator.tokenFor('my-domain')
  endpoint = emulator.endpointFor('my-domain', 'my-repo', 'maven')
  const inputs = { domain: 'my-domain', repository: 'my-repo' }
  ;[main] = await Promise.all([
    runMain(job, { ...inputs, tools: 'maven, gradle' }),
    runMain(mirrorJob, { ...inputs, tools: 'maven', 'maven-repository-mode': 'mirror' })
  ])
})

afterAll(async () => {
  await aws?.stop()
  for (const created of [job, mirrorJob]) {
    if (created) fs.rmSync(created.root, { recursive: true, force: true })
  }
})

/** A throw-away Maven project depending on com.example:tiny:1.0.0. */
function mavenProject(extra = '', packaging = 'jar'): string {
  const project = fs.mkdtempSync(path.join(job.root, 'mvn-'))
  fs.mkdirSync(path.join(project, 'src', 'main', 'java', 'app'), { recursive: true })
  fs.writeFileSync(
    path.join(project, 'src', 'main', 'java', 'app', 'Main.java'),
    'package app; public class Main { public static void main(String[] a) { System.out.println(com.example.tiny.Tiny.hello()); } }'
  )
  fs.writeFileSync(
    path.join(project, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.pub</groupId><artifactId>app</artifactId><version>2.0.0</version>
  <packaging>${packaging}</packaging>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency><groupId>com.example</groupId><artifactId>tiny</artifactId><version>1.0.0</version></dependency>
  </dependencies>${extra}${PINNED_PLUGINS}
</project>
`
  )
  return project
}

function mvn(project: string, goals: string[], env: Record<string, string>, home = job.home) {
  return runClient(
    'mvn',
    ['-B', '-ntp', `-Dmaven.repo.local=${path.join(project, 'local-repo')}`, ...goals],
    // After the action, MAVEN_OPTS is its own (it points user.home at HOME); without it, the
    // test points Maven at the job's HOME so the user's own settings still apply.
    { cwd: project, env: { MAVEN_OPTS: `-Duser.home=${home}`, ...env }, timeoutMs: 120000 }
  )
}

async function gradle(env: Record<string, string>) {
  const project = fs.mkdtempSync(path.join(job.root, 'gradle-'))
  fs.writeFileSync(
    path.join(project, 'build.gradle'),
    `repositories {
  maven {
    url codeartifactUrl
    credentials { username codeartifactUsername; password codeartifactPassword }
  }
}
configurations { fetch }
dependencies { fetch 'com.example:tiny:1.0.0' }
task fetchDeps(type: Copy) { from configurations.fetch; into "$buildDir/deps" }
`
  )
  fs.writeFileSync(path.join(project, 'settings.gradle'), "rootProject.name = 'app'\n")
  const result = await runClient('gradle', ['--no-daemon', '-q', 'fetchDeps'], {
    cwd: project,
    env: { ...env, GRADLE_USER_HOME: path.join(project, 'gradle-home') },
    timeoutMs: 120000
  })
  return { ...result, project }
}

const mavenRequests = () => emulator.requests.filter((request) => request.format === 'maven')

describe('Maven and Gradle through the bundled action', () => {
  it('runs, points both at the maven endpoint and writes no token into settings.xml', () => {
    expect(main.stderr).toBe('')
    expect({
      code: main.code,
      errors: main.stdout.split('\n').filter((l) => l.startsWith('::error'))
    }).toEqual({ code: 0, errors: [] })
    expect(main.outputs['maven-repository-url']).toBe(endpoint)
    expect(job.exported).toMatchObject({
      ORG_GRADLE_PROJECT_codeartifactUrl: endpoint,
      ORG_GRADLE_PROJECT_codeartifactUsername: 'aws',
      ORG_GRADLE_PROJECT_codeartifactPassword: token,
      // The job's HOME is not the account's home, as in container jobs: the action points
      // Java's user.home at HOME so that Maven reads the settings it wrote.
      MAVEN_OPTS: `-Duser.home=${job.home}`
    })
    const settings = fs.readFileSync(path.join(job.home, '.m2', 'settings.xml'), 'utf8')
    expect(settings).not.toContain(token)
    expect(settings).toContain('<password>${env.CODEARTIFACT_AUTH_TOKEN}</password>')
    expect(settings).toContain('<!-- my Maven settings: plugins come from the machine')
    expect(fs.statSync(path.join(job.home, '.m2', 'settings.xml')).mode & 0o777).toBe(0o600)
  })

  describe('clients run side by side (each JVM start is slow)', () => {
    type Run = Awaited<ReturnType<typeof runClient>> & { project: string }
    let compiled: Run
    let deployed: Run
    let refused: Run
    let fetched: Awaited<ReturnType<typeof gradle>>
    let gradleRefused: Awaited<ReturnType<typeof gradle>>
    let mirrored: Run

    beforeAll(async () => {
      emulator.resetLog()
      const wrongToken = { ...stepEnv(job), CODEARTIFACT_AUTH_TOKEN: 'not-the-token' }
      const deployProject = mavenProject(
        `
  <distributionManagement>
    <repository><id>codeartifact</id><url>${main.outputs['maven-repository-url']}</url></repository>
  </distributionManagement>`,
        'pom'
      )
      const withProject = async (
        project: string,
        run: Promise<Awaited<ReturnType<typeof runClient>>>
      ) => ({
        ...(await run),
        project
      })
      const compileProject = mavenProject()
      const refusedProject = mavenProject()
      // Two at a time: the machine has two cores.
      ;[compiled, refused] = await Promise.all([
        withProject(compileProject, mvn(compileProject, ['compile'], stepEnv(job))),
        withProject(refusedProject, mvn(refusedProject, ['compile'], wrongToken))
      ])
      ;[deployed, fetched] = await Promise.all([
        withProject(deployProject, mvn(deployProject, ['deploy'], stepEnv(job))),
        gradle(stepEnv(job))
      ])
      const mirrorProject = mavenProject()
      ;[gradleRefused, mirrored] = await Promise.all([
        gradle({ ...stepEnv(job), ORG_GRADLE_PROJECT_codeartifactPassword: 'not-the-token' }),
        withProject(
          mirrorProject,
          mvn(mirrorProject, ['compile'], stepEnv(mirrorJob), mirrorJob.home)
        )
      ])
    })

    it('mirror mode: the mirror of external:* alone takes mvn to CodeArtifact', () => {
      expect(mirrored.stdout).toContain('BUILD SUCCESS')
      const settings = fs.readFileSync(path.join(mirrorJob.home, '.m2', 'settings.xml'), 'utf8')
      expect(settings).toContain('<mirrorOf>external:*</mirrorOf>')
      expect(settings).not.toContain('<activeProfile>codeartifact</activeProfile>')
    })

    it('the real mvn compiles against a dependency from CodeArtifact, authenticated', () => {
      expect(compiled.stdout).toContain('BUILD SUCCESS')
      expect(compiled.status).toBe(0)
      const jar = path.join('com', 'example', 'tiny', '1.0.0', 'tiny-1.0.0.jar')
      expect(fs.existsSync(path.join(compiled.project, 'local-repo', jar))).toBe(true)
      expect(
        mavenRequests().some(
          (request) =>
            request.path.endsWith('/tiny-1.0.0.jar') &&
            request.status === 200 &&
            request.auth === 'ok' &&
            request.scheme === 'basic'
        )
      ).toBe(true)
    })

    it('the real mvn deploys to the maven-repository-url output with the same server id', () => {
      expect(deployed.stdout).toContain('BUILD SUCCESS')
      expect(emulator.published).toContainEqual(
        expect.objectContaining({ format: 'maven', name: 'com.example.pub:app', version: '2.0.0' })
      )
      const puts = mavenRequests().filter((request) => request.method === 'PUT')
      expect(puts.length).toBeGreaterThan(0)
      expect(puts.every((request) => request.auth === 'ok')).toBe(true)
    })

    it('mvn with a wrong token fails with 401', () => {
      expect(refused.status).not.toBe(0)
      expect(refused.stdout).toMatch(/401/)
      expect(
        mavenRequests().some((request) => request.auth === 'bad' && request.status === 401)
      ).toBe(true)
    })

    it('the real gradle resolves through the exported project properties', () => {
      expect(fetched.output).not.toMatch(/FAILURE/)
      expect(fetched.status).toBe(0)
      expect(fs.existsSync(path.join(fetched.project, 'build', 'deps', 'tiny-1.0.0.jar'))).toBe(
        true
      )
    })

    it('gradle with a wrong password fails with 401', () => {
      expect(gradleRefused.status).not.toBe(0)
      expect(gradleRefused.output).toMatch(/Could not resolve com\.example:tiny:1\.0\.0/)
      expect(fs.existsSync(path.join(gradleRefused.project, 'build', 'deps'))).toBe(false)
    })
  })

  it('the post step restores settings.xml byte for byte, mode included', async () => {
    const post = await runPost(job)
    expectNoTokenLeak(main, job, token)
    expectNoTokenLeak(post, job, token)
    expect(filesHoldingToken([job.home, job.runnerTemp], token)).toEqual([])
    expect({ code: post.code, stderr: post.stderr }).toEqual({ code: 0, stderr: '' })
    expect(post.stdout).not.toContain('::warning')
    const settings = path.join(job.home, '.m2', 'settings.xml')
    expect(fs.readFileSync(settings, 'utf8')).toBe(USER_SETTINGS)
    expect(fs.statSync(settings).mode & 0o777).toBe(0o644)
    expect(listFiles(job.runnerTemp)).toEqual([])
  })

  it('after the post step, the same Maven build fails: the repository is gone', async () => {
    emulator.resetLog()
    const result = await mvn(mavenProject(), ['compile'], stepEnv(job))
    expect(result.status).not.toBe(0)
    expect(result.stdout).toMatch(/com\.example:tiny:jar:1\.0\.0/)
    expect(mavenRequests()).toEqual([])
  })
})
