/**
 * Lints many files on worker threads (issue 5, item 3). Each job is independent, so a pool of
 * `os.availableParallelism()` workers takes them one at a time; results come back in job order
 * whatever order the workers finish in.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintFile, type FileJob, type FileOutcome } from './lint-file';
import { UsageError } from './args';

/** A job sent to a worker; `index` is its place in the argument order. */
export interface JobMessage {
  index: number;
  job: FileJob;
}

/** A worker's answer: the outcome, or the error (with its stack) that stopped the job. */
export interface OutcomeMessage {
  index: number;
  outcome?: FileOutcome;
  error?: string;
}

/** Called after each file, for the progress line. */
export type OnProgress = (done: number, total: number) => void;

// Starting a worker costs ~100 ms (it loads the engine and the rules again): below these
// sizes the main thread finishes first.
const MIN_FILES = 8;
const MIN_CHARS = 200 * 1024;

/**
 * A smaller young generation than V8's default: on the corpus it cut the run's peak RSS by
 * ~45 MB (2 workers: 330 → 290 MB) at no measurable CPU cost. The old generation is left
 * unbounded: capping it (96 or 128 MB) saved more memory but cost ~60 % more CPU in GC, and
 * would crash a worker on a very long document.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** The worker script; esbuild.mjs builds it beside cli.js. */
const workerScript = (): string => join(__dirname, 'lint-worker.js');

/**
 * How many workers to lint `jobs` with; 0 means the main thread. The environment variable
 * `GUIDELINT_WORKERS` overrides the choice: `0` turns workers off, `N` forces N workers even
 * for a small run (tests use it to compare both paths).
 */
export function poolSize(jobs: readonly FileJob[], env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.GUIDELINT_WORKERS;
  if (forced !== undefined && forced !== '') {
    const count = Number(forced);
    if (!Number.isInteger(count) || count < 0) throw new UsageError(`GUIDELINT_WORKERS must be a whole number ≥ 0, not \`${forced}\``);
    if (count > 0 && !existsSync(workerScript())) throw new UsageError(`GUIDELINT_WORKERS=${count} but ${workerScript()} is missing`);
    return Math.min(count, jobs.length);
  }
  const chars = jobs.reduce((sum, job) => sum + job.text.length, 0);
  if (jobs.length < MIN_FILES || chars < MIN_CHARS || !existsSync(workerScript())) return 0;
  const size = Math.min(availableParallelism(), jobs.length);
  // One worker is the main thread's work plus a start-up cost.
  return size >= 2 ? size : 0;
}

/** Lints every job, on workers when {@link poolSize} says so, and returns the outcomes in job order. */
export async function lintJobs(jobs: readonly FileJob[], onProgress?: OnProgress): Promise<FileOutcome[]> {
  const size = poolSize(jobs);
  if (size === 0) return jobs.map(lintFile);
  return lintInWorkers(jobs, size, onProgress);
}

/** Lints `jobs` on `size` workers; rejects, naming the file, if a job throws or a worker dies. */
export function lintInWorkers(jobs: readonly FileJob[], size: number, onProgress?: OnProgress): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => new PoolRun(jobs, onProgress, resolve, reject).start(size));
}

/** One run of the pool: hands out jobs as workers free up and collects outcomes by index. */
class PoolRun {
  private readonly outcomes: FileOutcome[];
  // Longest first, so that no worker starts a long file while the others sit idle at the end.
  private readonly queue: number[];
  private readonly workers: Worker[] = [];
  private done = 0;
  private settled = false;

  constructor(
    private readonly jobs: readonly FileJob[],
    private readonly onProgress: OnProgress | undefined,
    private readonly resolve: (outcomes: FileOutcome[]) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.outcomes = new Array(jobs.length);
    this.queue = jobs.map((_, index) => index).sort((a, b) => jobs[b].text.length - jobs[a].text.length);
  }

  start(size: number): void {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerScript(), { resourceLimits: WORKER_LIMITS });
      this.workers.push(worker);
      worker.on('message', (message: OutcomeMessage) => this.receive(worker, message));
      worker.on('error', (error) => this.settle(error));
      worker.on('exit', (code) => this.settle(new Error(`a lint worker stopped (exit code ${code}) before the run ended`)));
      this.feed(worker);
    }
  }

  private feed(worker: Worker): void {
    const index = this.queue.shift();
    if (index !== undefined) worker.postMessage({ index, job: this.jobs[index] } satisfies JobMessage);
  }

  private receive(worker: Worker, message: OutcomeMessage): void {
    if (message.error !== undefined || !message.outcome) {
      this.settle(new Error(`while linting ${this.jobs[message.index].filePath}: ${message.error}`));
      return;
    }
    this.outcomes[message.index] = message.outcome;
    this.onProgress?.(++this.done, this.jobs.length);
    if (this.done === this.jobs.length) this.settle();
    else this.feed(worker);
  }

  private settle(error?: Error): void {
    if (this.settled) return;
    this.settled = true;
    for (const worker of this.workers) void worker.terminate();
    if (error) this.reject(error);
    else this.resolve(this.outcomes);
  }
}
