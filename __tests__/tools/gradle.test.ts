import { describe, expect, it } from '@jest/globals'
import { gradleConfigurer, gradleEnv } from '../../src/tools/gradle.js'
import { accessFor, LINUX, planWith, TOKEN } from './build-tool-fixtures.js'

const access = accessFor('maven')

describe('tools/gradle.ts', () => {
  it('exports the repository URL and credentials as Gradle project properties, no file', () => {
    const plan = planWith(gradleConfigurer, access)
    expect(plan.files).toEqual([])
    expect(gradleConfigurer.reads(access, LINUX, { npmScopes: [] })).toEqual([])
    expect(plan.env).toEqual({
      ORG_GRADLE_PROJECT_codeartifactUrl: access.endpoint,
      ORG_GRADLE_PROJECT_codeartifactUsername: 'aws',
      ORG_GRADLE_PROJECT_codeartifactPassword: TOKEN
    })
    expect(plan.outputs).toEqual({ 'maven-repository-url': access.endpoint })
    expect(JSON.stringify([plan.outputs, plan.notes])).not.toContain(TOKEN)
  })

  it('names the properties after the gradle-repository-name input', () => {
    expect(
      Object.keys(planWith(gradleConfigurer, access, {}, { gradleRepositoryName: 'corpRepo' }).env)
    ).toEqual([
      'ORG_GRADLE_PROJECT_corpRepoUrl',
      'ORG_GRADLE_PROJECT_corpRepoUsername',
      'ORG_GRADLE_PROJECT_corpRepoPassword'
    ])
    expect(gradleEnv('x', 'u', 't')).toEqual({
      ORG_GRADLE_PROJECT_xUrl: 'u',
      ORG_GRADLE_PROJECT_xUsername: 'aws',
      ORG_GRADLE_PROJECT_xPassword: 't'
    })
  })
})
