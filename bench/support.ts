import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const ROOT = join(__dirname, '..');

/** The machine line every benchmark section starts with. */
export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${execSync('psql --version').toString().trim()}`;
}

/** Replaces (or adds) the section that starts with `heading` in docs/benchmarks.md. */
export function writeSection(heading: string, body: string): void {
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nEach section is written by the command it names; run it again to refresh the numbers.\n';
  const sections = current.split(/^(?=## )/m);
  const section = `## ${heading}\n\n${body.trim()}\n\n`;
  const idx = sections.findIndex((s) => s.startsWith(`## ${heading}\n`));
  if (idx >= 0) sections[idx] = section;
  else sections.push(section);
  writeFileSync(file, sections.join('').replace(/\n{3,}/g, '\n\n'));
}

/** The sorted values' entry at `index`: a run that measured nothing has no figure to write. */
export function sampleAt(sorted: readonly number[], index: number): number {
  const value = sorted[index];
  if (value === undefined) throw new Error(`no sample at ${index} of ${sorted.length}`);
  return value;
}

/** The middle value (of an even count, the upper of the two in the middle). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sampleAt(sorted, Math.floor(sorted.length / 2));
}

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** CPU milliseconds per request: the server process, the load generator (this process), and the rest of the machine (PostgreSQL). */
  cpu?: { server: number; postgres: number; loadGenerator: number };
}

/** CPU time (ms) of a process so far, from /proc (Linux); 0 when it is gone. */
function cpuMs(pid: number | string): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

/**
 * CPU time (ms) the whole machine has been busy so far, from /proc/stat. PostgreSQL forks a process
 * per connection and pools close idle ones, so its share is taken as the machine's total minus the
 * server and the load generator (nothing else runs during a measurement).
 */
function machineBusyMs(): number {
  // The first line, `cpu  user nice system idle iowait irq softirq steal …`, always has these fields on Linux.
  const [cpuLine = ''] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpuLine.trim().split(/\s+/).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / 100;
}

/** autocannon at `connections` for `seconds`; with `serverPid`, where each request's CPU time went. */
export async function load(
  name: string,
  url: string,
  headers: Record<string, string>,
  seconds: number,
  connections = 50,
  serverPid?: number,
): Promise<LoadResult> {
  const before = serverPid ? { server: cpuMs(serverPid), machine: machineBusyMs(), self: process.cpuUsage() } : null;
  const r = await autocannon({ url, headers, connections, duration: seconds });
  const result: LoadResult = { name, requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
  if (before && serverPid && r.requests.total > 0) {
    const self = process.cpuUsage(before.self);
    const server = cpuMs(serverPid) - before.server;
    const loadGenerator = (self.user + self.system) / 1000;
    const machine = machineBusyMs() - before.machine;
    const n = r.requests.total;
    result.cpu = { server: server / n, postgres: Math.max(0, machine - server - loadGenerator) / n, loadGenerator: loadGenerator / n };
  }
  return result;
}

export function spawnServer(script: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, script, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function waitForHttp(url: string, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${seconds}s`);
}

export const table = (rows: LoadResult[]) =>
  [
    '| endpoint | requests | req/s | p50 (ms) | p99 (ms) | non-2xx |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} |`),
  ].join('\n');

/** Where each request's CPU went, for the rows measured with a server pid. */
export const cpuTable = (rows: LoadResult[]) =>
  [
    '| endpoint | server (ms/req) | PostgreSQL and the rest (ms/req) | autocannon (ms/req) | total (ms/req) |',
    '|---|---:|---:|---:|---:|',
    ...rows
      .filter((r) => r.cpu)
      .map((r) => {
        const c = r.cpu!;
        return `| ${r.name} | ${c.server.toFixed(2)} | ${c.postgres.toFixed(2)} | ${c.loadGenerator.toFixed(2)} | ${(c.server + c.postgres + c.loadGenerator).toFixed(2)} |`;
      }),
  ].join('\n');
