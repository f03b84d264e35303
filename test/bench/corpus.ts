/** The bench texts: the shared corpus of real posts, and long documents built from it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countWords } from './stats';

/** One corpus post. */
export interface Post {
  path: string;
  text: string;
  words: number;
}

/** Where the corpus lives: `../shared/corpus/en` beside the clone, or `GUIDELINT_BENCH_CORPUS`. */
export function corpusDir(): string {
  return resolve(process.env.GUIDELINT_BENCH_CORPUS ?? join(process.cwd(), '../shared/corpus/en'));
}

/** Reads every Markdown post of the corpus, in name order. */
export function loadCorpus(dir = corpusDir()): Post[] {
  if (!existsSync(dir)) throw new Error(`corpus not found at ${dir} (set GUIDELINT_BENCH_CORPUS)`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { path: join(dir, name), text, words: countWords(text) };
    });
}

/** A post without its front matter: a second `---` block inside a long document would be a heading, not metadata. */
export function withoutFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/**
 * Corpus posts (without front matter) holding about `words` words: taken in order, skipping a
 * post that would overshoot, so that a "10k" document is not one 18k-word post.
 */
export function partsOf(posts: readonly Post[], words: number): string[] {
  const texts = posts.map((post) => withoutFrontmatter(post.text));
  const counts = texts.map(countWords);
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; i < texts.length && total < words * 0.98; i++) {
    if (total + counts[i] > words * 1.02) continue;
    parts.push(texts[i]);
    total += counts[i];
  }
  return parts;
}

/** One long document: the parts joined by blank lines. */
export function joinParts(parts: readonly string[]): string {
  return parts.join('\n\n');
}

/** The corpus post whose length is closest to `words`. */
export function postNear(posts: readonly Post[], words: number): Post {
  return posts.reduce((best, post) => (Math.abs(post.words - words) < Math.abs(best.words - words) ? post : best));
}
