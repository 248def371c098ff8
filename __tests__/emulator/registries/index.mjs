// format → { challenge(endpoint): WWW-Authenticate value, handle(ctx) }
import * as npm from './npm.mjs'
import * as pypi from './pypi.mjs'
import * as maven from './maven.mjs'
import * as cargo from './cargo.mjs'
import * as ruby from './ruby.mjs'
import * as nuget from './nuget.mjs'
import { swift, generic } from './simple.mjs'

export const REGISTRIES = { npm, pypi, maven, cargo, ruby, nuget, swift, generic }
