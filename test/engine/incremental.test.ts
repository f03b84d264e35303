/**
 * Property test: for random edit sequences on real posts, the incremental engine (partial
 * Markdown re-parse + block cache) gives exactly what a fresh full lint gives.
 * GUIDELINT_SEED=n explores another sequence; a failure prints the seed and the edit.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { DocumentLinter, lint } from '../../server/src/engine/index';
import { diffText, IncrementalMarkdown } from '../../server/src/engine/incremental-markdown';
import { markdownToProse } from '../../server/src/engine/markdown';

const corpus = join(process.cwd(), '../shared/corpus/en');
const seed = Number(process.env.GUIDELINT_SEED ?? 20261124);

/** A small seeded PRNG (mulberry32), so failures reproduce. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters that change Markdown structure, plus ordinary text. */
const INSERTS = ['a', ' ', '\n', '\n\n', '`', '```\n', '#', '# ', '*', '- ', '> ', '|', '---\n', '===\n', '    ', '[x](https://example.org)', '![](i.png)', '<!--', '-->', 'HELLO ', 'jane@example.org ', '😀', '1. ', '!!!'];

/** A random edit of `text`: insert, delete a range, or duplicate a line. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const kind = next();
  if (kind < 0.55) return text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
  if (kind < 0.9) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd + 1);
  return text.slice(0, lineStart) + line + text.slice(lineStart);
}

// Posts under 12 KB keep the full-lint comparison quick; they still have every Markdown construct.
const posts = existsSync(corpus)
  ? readdirSync(corpus).filter((f) => f.endsWith('.md') && readFileSync(join(corpus, f)).length < 12_000).sort()
  : [];

test('diffText finds the one changed region and never splits a surrogate pair', () => {
  assert.deepEqual(diffText('abcdef', 'abXYef'), { start: 2, end: 4, newEnd: 4 });
  assert.deepEqual(diffText('aaa', 'aaaa'), { start: 3, end: 3, newEnd: 4 });
  assert.deepEqual(diffText('x😀y', 'x😃y'), { start: 1, end: 3, newEnd: 3 });
});

test('incremental Markdown parsing equals a full parse after every random edit', { skip: posts.length === 0 && 'no corpus beside the repository' }, () => {
  const next = random(seed);
  let partial = 0;
  for (let p = 0; p < 10; p++) {
    let text = readFileSync(join(corpus, posts[Math.floor(next() * posts.length)]), 'utf8');
    const incremental = new IncrementalMarkdown();
    incremental.update(text);
    for (let e = 0; e < 40; e++) {
      text = edit(text, next);
      const got = incremental.update(text);
      if (incremental.lastParse.kind === 'partial') partial++;
      assert.deepEqual(got, markdownToProse(text), `seed ${seed}, post ${p}, edit ${e}`);
    }
  }
  // The property is only worth something if many edits took the partial path (random edits
  // often touch definitions or front matter, which re-parse the whole document on purpose).
  assert.ok(partial > 10 * 40 * 0.3, `only ${partial} partial re-parses`);
});

test('the incremental engine gives the same findings as a fresh lint after every random edit', { skip: posts.length === 0 && 'no corpus beside the repository' }, () => {
  const next = random(seed + 1);
  for (let p = 0; p < 3; p++) {
    let text = readFileSync(join(corpus, posts[Math.floor(next() * posts.length)]), 'utf8');
    const linter = new DocumentLinter({ pack: defaultPack(), format: 'markdown' });
    linter.lint(text);
    for (let e = 0; e < 15; e++) {
      text = edit(text, next);
      assert.deepEqual(linter.lint(text), lint(text, { pack: defaultPack(), format: 'markdown' }), `seed ${seed + 1}, post ${p}, edit ${e}`);
    }
  }
});
