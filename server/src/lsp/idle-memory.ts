/**
 * Memory that comes back (issue 12, "Bounded memory"). What the server keeps is per open
 * document and dropped on close, so after the corpus is closed its live heap is what it was
 * (about 37 MB); but V8 does not give the pages of its grown heap back by itself: opening and
 * closing 150 posts left 230 MB resident for minutes, and 20,000 keystrokes 220 MB. So once the
 * server has been idle for a while after linting or closing, and its heap holds much more than
 * it uses, it runs two full collections (the second compacts and releases the pages the first
 * freed: one alone gives nothing back), about 50 ms, while nobody is typing.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full, synchronous garbage collection. */
export type Collect = () => void;

/**
 * V8's collector: `globalThis.gc` under `--expose-gc`, else the same function taken from a new
 * context after turning the flag on (the flag only matters to contexts made after it).
 */
export function exposedCollector(): Collect | undefined {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as Collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as Collect) : undefined;
  } catch {
    return undefined;
  }
}

/** How much of the old generation (every space but the young one, whose size is fixed) is committed and used, in bytes. */
export interface HeapSize {
  committed: number;
  used: number;
}

const heapSize = (): HeapSize => {
  let committed = 0;
  let used = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name.startsWith('new_')) continue;
    committed += space.space_size;
    used += space.space_used_size;
  }
  return { committed, used };
};

/** Options, for tests. */
export interface IdleMemoryOptions {
  /** Quiet time after the last lint or close before collecting. */
  idleMs?: number;
  /** Collect only when the old generation commits this many bytes more than just after the last collection (or at start). */
  growthBytes?: number;
  collect?: Collect;
  heap?: () => HeapSize;
  /** Runs `run` after `ms`; returns what cancels it (a timer that never keeps the process alive, by default). */
  schedule?: (run: () => void, ms: number) => () => void;
}

const unrefTimer = (run: () => void, ms: number): (() => void) => {
  const timer = setTimeout(run, ms);
  // An idle collection must never keep the process alive after its client is gone.
  timer.unref();
  return () => clearTimeout(timer);
};

/** Collects garbage once the server goes idle after work, when the heap has grown well past its use. */
export class IdleMemory {
  /** Full collections run so far (two per compaction). */
  compactions = 0;
  private cancel: (() => void) | undefined;
  private readonly schedule: (run: () => void, ms: number) => () => void;
  private readonly idleMs: number;
  private readonly growthBytes: number;
  /** The old generation's committed size after the last compaction (at start: when this was made). */
  private baseline: number;
  private readonly collect: Collect | undefined;
  private readonly heap: () => HeapSize;

  constructor(options: IdleMemoryOptions = {}) {
    this.idleMs = options.idleMs ?? 5000;
    this.growthBytes = options.growthBytes ?? 32 * 1024 * 1024;
    this.collect = 'collect' in options ? options.collect : exposedCollector();
    this.heap = options.heap ?? heapSize;
    this.schedule = options.schedule ?? unrefTimer;
    this.baseline = this.heap().committed;
  }

  /** A lint ran or a document closed: collect after `idleMs` of quiet, unless more work comes first. */
  worked(): void {
    if (!this.collect) return;
    this.cancel?.();
    this.cancel = this.schedule(() => this.compactIfGrown(), this.idleMs);
  }

  /**
   * Collects now if the old generation commits `growthBytes` more than after the last
   * compaction; whether it did. (What it uses is no guide: until a collection, that counts the
   * garbage too.)
   */
  compactIfGrown(): boolean {
    this.cancel = undefined;
    if (!this.collect || this.heap().committed - this.baseline < this.growthBytes) return false;
    this.compact();
    return true;
  }

  /** Two full collections: the first frees, the second compacts and returns the pages to the system. */
  compact(): void {
    if (!this.collect) return;
    this.collect();
    this.collect();
    this.compactions++;
    this.baseline = this.heap().committed;
  }

  /** Stops the timer, on shutdown. */
  dispose(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
