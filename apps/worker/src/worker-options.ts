/** Tuning of the worker's queues; production uses the defaults, tests shorten the waits. */
export interface WorkerTuning {
  /** Run the sweep and summary schedulers and their worker (false: deliver mail only). */
  schedule: boolean;
  /**
   * Parallel deliveries per worker process: enough that their database queries share batches while
   * the SMTP pool's connections stay busy (2,000 digests: 10 s at 10, 8.6 s at 25, 8.2 s at 50).
   */
  mailConcurrency: number;
  /** BullMQ: how long a job's lock lasts without renewal, and how often stalled jobs are looked for. */
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** First retry delay of a temporary SMTP error; doubles at each attempt. */
  retryDelayMs: number;
  /** While a row is `sending`, no other delivery may take it for this long (longer than any SMTP timeout). */
  leaseMs: number;
  /** A `pending` or `sending` row older than this with no live job is queued again by the sweep. */
  recoverAfterMs: number;
  /** How long marking a row sent keeps retrying through a database outage. */
  markRetryMs: number;
  /** Health: a probe job every so often, and how old the last good one may be. */
  probeIntervalMs: number;
  probeTimeoutMs: number;
  /** SIGTERM: how long running deliveries may take to finish before the worker stops anyway. */
  shutdownTimeoutMs: number;
  /** Port of /health and /metrics; null: from config (WORKER_HEALTH_PORT), 0 there turns it off. */
  healthPort: number | null;
  /** Name of this worker in logs and probes. */
  name: string;
}

export const DEFAULT_TUNING: WorkerTuning = {
  schedule: true,
  mailConcurrency: 50,
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  retryDelayMs: 5_000,
  leaseMs: 120_000,
  recoverAfterMs: 180_000,
  markRetryMs: 60_000,
  probeIntervalMs: 15_000,
  probeTimeoutMs: 10_000,
  shutdownTimeoutMs: 25_000,
  healthPort: null,
  name: `worker-${process.pid}`,
};

export const WORKER_TUNING = Symbol('WORKER_TUNING');
