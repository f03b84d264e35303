/**
 * A request the server answers only when started with `GUIDELINT_TEST_HOOKS=1` (tests and the
 * bench's soak): the sizes of its per-document maps, which must all be 0 once every document
 * is closed, and its memory, optionally after a compaction (idle-memory.ts).
 */
import type { DocumentCounts } from './documents';

export const INTERNAL_STATS_METHOD = 'guidelint/internal/stats';

/** The answer to {@link INTERNAL_STATS_METHOD}. */
export interface InternalStats extends DocumentCounts {
  /** Documents the document store holds (open in the editor). */
  documents: number;
  /** Documents marked out of sync (validated-documents.ts). */
  outOfSync: number;
  memory: NodeJS.MemoryUsage;
  /** Compactions the idle collector has run. */
  compactions: number;
}
