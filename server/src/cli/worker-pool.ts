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
  if (size === 0) return jobs.map((job) => lintFile(job));
  return lintInWorkers(jobs, size, onProgress);
}

/**
 * Lints `jobs` on `size` workers running `script`. A job that throws, or whose worker dies
 * (out of memory, say), becomes that file's `fatal` entry; a new worker takes the next jobs.
 */
export function lintInWorkers(jobs: readonly FileJob[], size: number, onProgress?: OnProgress, script = workerScript()): Promise<FileOutcome[]> {
  return new Promise((resolve) => new PoolRun(jobs, onProgress, resolve, script).start(size));
}

/** The outcome of a job that did not come back: one error, no findings, as lint-file.ts's other fatal entries. */
function lost(job: FileJob, why: string): FileOutcome {
  return { result: { filePath: job.filePath, messages: [], errorCount: 1, warningCount: 0, infoCount: 0, fatal: `could not be linted: internal error (${why}); please report it` } };
}

/** One run of the pool: hands out jobs as workers free up and collects outcomes by index. */
class PoolRun {
  private readonly outcomes: FileOutcome[];
  // Longest first, so that no worker starts a long file while the others sit idle at the end.
  private readonly queue: number[];
  /** Each live worker and the job it is linting, if any. */
  private readonly workers = new Map<Worker, number | undefined>();
  private done = 0;
  private settled = false;

  constructor(
    private readonly jobs: readonly FileJob[],
    private readonly onProgress: OnProgress | undefined,
    private readonly resolve: (outcomes: FileOutcome[]) => void,
    private readonly script: string,
  ) {
    this.outcomes = new Array(jobs.length);
    this.queue = jobs.map((_, index) => index).sort((a, b) => jobs[b].text.length - jobs[a].text.length);
  }

  start(size: number): void {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.script, { resourceLimits: WORKER_LIMITS });
    this.workers.set(worker, undefined);
    worker.on('message', (message: OutcomeMessage) => this.receive(worker, message));
    // An uncaught error ends the worker: 'exit' follows, which says what became of its job.
    let failure: Error | undefined;
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => this.exited(worker, failure ? `${failure.name}: ${failure.message}` : `the lint worker stopped with exit code ${code}`));
    this.feed(worker);
  }

  private feed(worker: Worker): void {
    const index = this.queue.shift();
    this.workers.set(worker, index);
    if (index !== undefined) worker.postMessage({ index, job: this.jobs[index] } satisfies JobMessage);
  }

  private receive(worker: Worker, message: OutcomeMessage): void {
    const outcome = message.outcome ?? lost(this.jobs[message.index], firstLine(message.error ?? 'no outcome'));
    this.finish(message.index, outcome);
    if (!this.settled) this.feed(worker);
  }

  private exited(worker: Worker, why: string): void {
    const index = this.workers.get(worker);
    this.workers.delete(worker);
    if (this.settled) return;
    // The file it was linting is lost, not the run: a new worker takes over the queue.
    if (index !== undefined) this.finish(index, lost(this.jobs[index], why));
    if (!this.settled && this.queue.length > 0) this.spawn();
  }

  private finish(index: number, outcome: FileOutcome): void {
    this.outcomes[index] = outcome;
    // Counted apart: `onProgress?.(++this.done)` skips the increment when there is no callback.
    this.done++;
    this.onProgress?.(this.done, this.jobs.length);
    if (this.done === this.jobs.length) this.settle();
  }

  private settle(): void {
    this.settled = true;
    for (const worker of this.workers.keys()) void worker.terminate();
    this.resolve(this.outcomes);
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0];
}
