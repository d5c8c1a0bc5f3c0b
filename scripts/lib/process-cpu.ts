import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * CPU accounting for the benchmarks (Linux /proc). CPU time per request, unlike latency, does not
 * depend on what else the 2 cores are doing, so it says where a request's cost goes.
 */
const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
  } catch {
    return null;
  }
}

/** CPU time (ms) of every live process in a process group, e.g. the app server's primary and workers. */
export function processGroupCpuMs(pgid: number | undefined): number {
  if (!pgid) return Number.NaN;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time (ms) of a PostgreSQL cluster: the postmaster plus its live backends, plus what exited
 * backends left in the postmaster's "children" counters. Good enough while connections stay open.
 */
export function postgresClusterCpuMs(dataDir: string): number {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return Number.NaN;
  }
  const own = statFields(postmaster);
  if (!own) return Number.NaN;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident memory (bytes) and open file descriptors of every live process in a process group. */
export function processGroupMemory(pgid: number | undefined): { rssBytes: number; openFds: number } {
  if (!pgid) return { rssBytes: Number.NaN, openFds: Number.NaN };
  let rssPages = 0;
  let openFds = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (!fields || Number(fields[2]) !== pgid) continue;
    // Field 24 of /proc/pid/stat (index 21 after the command) is the resident set in pages.
    rssPages += Number(fields[21]);
    try {
      openFds += readdirSync(`/proc/${entry}/fd`).length;
    } catch {
      // the process exited between the two reads
    }
  }
  return { rssBytes: rssPages * 4096, openFds };
}
