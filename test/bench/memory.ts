/** Measures (d): the server's resident memory with the whole corpus open, and after 1,000 edits. */
import type { Post } from './corpus';
import { editOffset, positionAt } from './latency';
import { benchUri, BenchServer } from './lsp-client';

/** (d) */
export interface Memory {
  documents: number;
  openMb: number;
  edits: number;
  afterEditsMb: number;
  growth: number;
  /** RSS after every quarter of the edits: a plateau is heap sizing, a steady climb a leak. */
  samplesMb: number[];
}

/** Opens every post in one server, reads its RSS, types `edits` characters round-robin over the posts, reads it again. */
export async function measureMemory(posts: readonly Post[], edits: number): Promise<Memory> {
  const server = await BenchServer.start();
  try {
    const uris = posts.map((_, index) => benchUri(`corpus-${index}.md`));
    await Promise.all(posts.map((post, index) => server.open(uris[index], post.text)));
    const openMb = server.rssMb();
    const texts = posts.map((post) => post.text);
    const samplesMb = [openMb];
    for (let i = 0; i < edits; i++) {
      const doc = i % posts.length;
      // Each round of edits over the corpus moves further into every post.
      const offset = editOffset(texts[doc], ((Math.floor(i / posts.length) + 0.5) * 37 % 100) / 100);
      const position = positionAt(texts[doc], offset);
      await server.change(uris[doc], { start: position, end: position }, 'e');
      texts[doc] = `${texts[doc].slice(0, offset)}e${texts[doc].slice(offset)}`;
      if ((i + 1) % Math.ceil(edits / 4) === 0) samplesMb.push(server.rssMb());
    }
    const afterEditsMb = server.rssMb();
    return { documents: posts.length, openMb, edits, afterEditsMb, growth: afterEditsMb / openMb - 1, samplesMb };
  } finally {
    await server.stop();
  }
}
