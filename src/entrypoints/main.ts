import { run } from '../main.js'

/* istanbul ignore next -- the runner's entry point */
void run()
