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

/** The corpus posts (without front matter), in order, until they hold at least `words` words; cycles if needed. */
export function partsOf(posts: readonly Post[], words: number): string[] {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const part = withoutFrontmatter(posts[i % posts.length].text);
    parts.push(part);
    total += countWords(part);
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
