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
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nEach section is written by the command it names; run it again to refresh the numbers.\n';
  const sections = current.split(/^(?=## )/m);
  const section = `## ${heading}\n\n${body.trim()}\n\n`;
  const idx = sections.findIndex((s) => s.startsWith(`## ${heading}\n`));
  if (idx >= 0) sections[idx] = section;
  else sections.push(section);
  writeFileSync(file, sections.join('').replace(/\n{3,}/g, '\n\n'));
}

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

export async function load(name: string, url: string, headers: Record<string, string>, seconds: number, connections = 50): Promise<LoadResult> {
  const r = await autocannon({ url, headers, connections, duration: seconds });
  return { name, requests: r.requests.total, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
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
  ['| endpoint | requests | req/s | p50 (ms) | p99 (ms) | non-2xx |', '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx} |`)].join('\n');
