import { runPost } from '../post.js'

/* istanbul ignore next -- the runner's entry point */
void runPost()
