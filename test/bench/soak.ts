/**
 * (g) The memory soak of issue 12 ("Bounded memory"): one real server over stdio opens and
 * closes the whole corpus twice, then takes 20,000 keystrokes on one post (a character typed,
 * then deleted, moving through the post, so the text ends as it began). The server runs with
 * `--expose-gc` and its test hooks; each RSS is read after a forced compaction (two full
 * collections, idle-memory.ts), so what it measures is what the server keeps, not how far V8
 * let its heap grow between collections. RSS without the forced compaction is kept too.
 *
 * "Before" is the server once warm: after the first open and close of the corpus, every index
 * the posts need is built and the JIT has compiled the hot code (the RSS of a cold server,
 * after its first post, is printed too). Growth is "after" (the second round and the edits)
 * over "before"; the target is under 10 %. The per-document maps must be empty after each round.
 */
import type { Post } from './corpus';
import { editOffset, positionAt } from './latency';
import { benchUri, BenchServer } from './lsp-client';

/** (g) */
export interface Soak {
  documents: number;
  edits: number;
  /** RSS in MB after a forced compaction: a cold server (one post linted), warm (the first round), the second round, the edits. */
  coldMb: number;
  beforeMb: number;
  afterRoundMb: number;
  afterMb: number;
  growth: number;
  /** RSS in MB just before each forced compaction: how far the heap grew meanwhile. */
  uncompactedMb: { round1: number; round2: number; edits: number };
  /** Live heap (MB) after each compaction: cold, warm, second round, edits. */
  heapUsedMb: number[];
  /** Entries left in the per-document maps after the rounds (all 0 when nothing is kept). */
  leftAfterClose: number;
  /** Edits per second through the server. */
  editsPerSecond: number;
}

interface Stats {
  results: number;
  linters: number;
  scheduled: number;
  documents: number;
  outOfSync: number;
  memory: { heapUsed: number };
}

const MB = 1024 * 1024;

/** Runs the soak: `rounds` opens and closes of `posts`, then `edits` keystrokes on one post. */
export async function measureSoak(posts: readonly Post[], edits: number, log: (line: string) => void = () => {}): Promise<Soak> {
  const server = await BenchServer.start({ nodeArgs: ['--expose-gc'], env: { GUIDELINT_TEST_HOOKS: '1' } });
  try {
    const heap: number[] = [];
    let left = 0;
    const compacted = async (): Promise<number> => {
      const stats = await server.request<Stats>('guidelint/internal/stats', { compact: true });
      heap.push(stats.memory.heapUsed / MB);
      return server.rssMb();
    };
    const counted = async (): Promise<void> => {
      const stats = await server.request<Stats>('guidelint/internal/stats', {});
      left += stats.results + stats.linters + stats.scheduled + stats.documents + stats.outOfSync;
    };
    const uris = posts.map((_, index) => benchUri(`soak-${index}.md`));
    const round = async (): Promise<number> => {
      for (let i = 0; i < posts.length; i++) await server.open(uris[i], posts[i].text);
      for (const uri of uris) await server.close(uri);
      await counted();
      return server.rssMb();
    };
    await server.open(uris[0], posts[0].text);
    await server.close(uris[0]);
    const coldMb = await compacted();
    log(`cold ${coldMb.toFixed(0)} MB`);
    const round1 = await round();
    const beforeMb = await compacted();
    log(`round 1: ${round1.toFixed(0)} MB, compacted ${beforeMb.toFixed(0)} MB`);
    const round2 = await round();
    const afterRoundMb = await compacted();
    log(`round 2: ${round2.toFixed(0)} MB, compacted ${afterRoundMb.toFixed(0)} MB`);
    // A post of median length, typed in.
    const post = [...posts].sort((a, b) => a.text.length - b.text.length)[posts.length >> 1];
    const uri = benchUri('soak-edits.md');
    await server.open(uri, post.text);
    const started = performance.now();
    const text = post.text;
    for (let i = 0; i < edits; i += 2) {
      const offset = editOffset(text, ((i * 0.618) % 1 + 1) % 1);
      const at = positionAt(text, offset);
      await server.change(uri, { start: at, end: at }, 'e');
      if (i + 1 < edits) await server.change(uri, { start: at, end: { line: at.line, character: at.character + 1 } }, '');
      if ((i + 2) % 5000 === 0) log(`${i + 2} edits: ${server.rssMb().toFixed(0)} MB`);
    }
    const editsPerSecond = edits / ((performance.now() - started) / 1000);
    const editsMb = server.rssMb();
    await server.close(uri);
    await counted();
    const afterMb = await compacted();
    log(`edits: ${editsMb.toFixed(0)} MB, compacted ${afterMb.toFixed(0)} MB`);
    return {
      documents: posts.length, edits, coldMb, beforeMb, afterRoundMb, afterMb, growth: Math.max(afterRoundMb, afterMb) / beforeMb - 1,
      uncompactedMb: { round1, round2, edits: editsMb }, heapUsedMb: heap, leftAfterClose: left, editsPerSecond,
    };
  } finally {
    await server.stop();
  }
}
