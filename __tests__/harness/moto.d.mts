export interface Moto {
  /** 'http://127.0.0.1:PORT': set AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL_STS to it. */
  url: string
  port: number
  /** Clears all state (POST /moto-api/reset). */
  reset(): Promise<void>
  /** Restarts INITIAL_NO_AUTH_ACTION_COUNT at n (Infinity switches enforcement off). */
  resetAuth(n: number): Promise<void>
  /** Kills the moto_server process group. */
  stop(): Promise<void>
}

/** Starts `moto_server -H 127.0.0.1 -p <free port>` and waits (≤10 s) until it answers. */
export declare function startMoto(options?: { noAuthActionCount?: number }): Promise<Moto>
