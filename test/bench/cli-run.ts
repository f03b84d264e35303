/** Measures (e): each CLI on the whole corpus as a separate process, wall time and peak RSS. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alternate, median } from './stats';

/** One process run. */
interface ProcessRun {
  wallMs: number;
  peakMb: number;
}

/** (e) for both tools: medians over the runs. */
export interface CliSpeed {
  guidelint: ProcessRun;
  alex: ProcessRun;
  /** How peak RSS was read. */
  method: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command with its output discarded; peak RSS from GNU time's %M, else from polling /proc/<pid>/status VmHWM. */
function runMeasured(command: string, args: string[]): Promise<ProcessRun> {
  const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
  const started = performance.now();
  if (existsSync(GNU_TIME)) {
    const out = join(mkdtempSync(join(tmpdir(), 'guidelint-bench-')), 'time.txt');
    const child = spawn(GNU_TIME, ['-f', '%M', '-o', out, command, ...args], { stdio: 'ignore', env });
    return new Promise((resolve) => child.once('exit', () => {
      const wallMs = performance.now() - started;
      resolve({ wallMs, peakMb: Number(readFileSync(out, 'utf8').trim().split('\n').pop()) / 1024 });
    }));
  }
  const child = spawn(command, args, { stdio: 'ignore', env });
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      peakKb = Math.max(peakKb, Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // The process has just exited; the last reading stands.
    }
  }, 10);
  return new Promise((resolve) => child.once('exit', () => {
    clearInterval(poll);
    resolve({ wallMs: performance.now() - started, peakMb: peakKb / 1024 });
  }));
}

/** Runs `guidelint --format json <dir>` and alex's CLI on the same folder `runs` times, alternating. */
export async function measureCli(dir: string, runs: number): Promise<CliSpeed> {
  const node = process.execPath;
  // alex's CLI reads a folder's Markdown files as Markdown (its default), the same files as ours.
  const [g, a] = await alternate(runs,
    () => runMeasured(node, [join(process.cwd(), 'server/out/cli.js'), '--format', 'json', dir]),
    () => runMeasured(node, [join(process.cwd(), 'node_modules/alex/cli.js'), dir]));
  const summary = (list: ProcessRun[]): ProcessRun => ({ wallMs: median(list.map((r) => r.wallMs)), peakMb: median(list.map((r) => r.peakMb)) });
  return { guidelint: summary(g), alex: summary(a), method: existsSync(GNU_TIME) ? 'GNU time %M' : '/proc VmHWM polling' };
}
