import os from 'node:os';

/** Worker processes of scripts/serve.mjs: WEB_CONCURRENCY, else one per available core. */
export function workerCount(value = process.env.WEB_CONCURRENCY): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : Math.max(1, os.availableParallelism());
}
