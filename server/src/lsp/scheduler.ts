/**
 * When to lint: debounced per document, and a newer change cancels what an older one
 * started. Linting is synchronous today; the token lets an asynchronous run (a worker,
 * say) find out after each await that its result is stale and must not be published.
 */

/** Tells a run whether a newer change (or a close) superseded it. */
export interface RunToken {
  readonly cancelled: boolean;
}

/** Lints one document; publishes only while `token` is not cancelled. */
export type LintRun = (uri: string, token: RunToken) => void | Promise<void>;

interface Job {
  token: { cancelled: boolean };
  timer?: NodeJS.Timeout;
}

/** Debounces lint runs per document URI and cancels superseded ones. */
export class LintScheduler {
  private readonly jobs = new Map<string, Job>();

  /**
   * @param run lints one document.
   * @param delay the debounce in milliseconds, read at each change so a new setting applies at once.
   * @param onError where a failing run is reported; the scheduler itself never throws.
   */
  constructor(
    private readonly run: LintRun,
    private readonly delay: () => number,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  /** Lints `uri` after the debounce, cancelling any pending or running lint of it. */
  schedule(uri: string): void {
    this.cancel(uri);
    const job: Job = { token: { cancelled: false } };
    job.timer = setTimeout(() => void this.start(uri, job), Math.max(0, this.delay()));
    this.jobs.set(uri, job);
  }

  /** Runs a pending lint of `uri` now, e.g. because a code action needs its result. */
  async flush(uri: string): Promise<void> {
    const job = this.jobs.get(uri);
    if (job?.timer === undefined) return;
    clearTimeout(job.timer);
    await this.start(uri, job);
  }

  /** Whether a lint of `uri` is waiting for its debounce. */
  isPending(uri: string): boolean {
    return this.jobs.get(uri)?.timer !== undefined;
  }

  /** Cancels a pending or running lint of `uri` (on change and on close). */
  cancel(uri: string): void {
    const job = this.jobs.get(uri);
    if (!job) return;
    if (job.timer !== undefined) clearTimeout(job.timer);
    job.token.cancelled = true;
    this.jobs.delete(uri);
  }

  /** How many documents have a pending or running lint. */
  get size(): number {
    return this.jobs.size;
  }

  /** Cancels everything, on shutdown. */
  dispose(): void {
    for (const uri of [...this.jobs.keys()]) this.cancel(uri);
  }

  private async start(uri: string, job: Job): Promise<void> {
    job.timer = undefined;
    try {
      await this.run(uri, job.token);
    } catch (error) {
      this.onError(uri, error);
    } finally {
      if (this.jobs.get(uri) === job) this.jobs.delete(uri);
    }
  }
}
