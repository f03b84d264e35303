/**
 * The engine's @mention pass (mentions.ts) gives the trees retext-syntax-mentions gives, in
 * linear time: same nodes, same values, same positions, on handles, paths, genitives, e-mail
 * addresses and random mixes of the characters that matter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import retextEnglish from 'retext-english';
import retextSyntaxMentions from 'retext-syntax-mentions';
import retextSyntaxUrls from 'retext-syntax-urls';
import { unified } from 'unified';
import type { Root } from 'nlcst';
import { mergeMentions } from '../../server/src/engine/mentions';

const parser = unified().use(retextEnglish).use(retextSyntaxUrls).freeze();
const plugin = parser().use(retextSyntaxMentions).freeze();

const ours = (text: string): Root => {
  const tree = parser.parse(text) as Root;
  mergeMentions(tree);
  return tree;
};
const theirs = (text: string): Root => plugin.runSync(plugin.parse(text)) as Root;

test('mentions merge as retext-syntax-mentions merges them', () => {
  for (const text of [
    'Thanks @jane and @cern/physics-team!', "@bob's talk", 'mail me at jane@example.org', '@ alone', '@@double @-x @x-', '@a/b/c @a//b',
    `@${'a'.repeat(39)} @${'a'.repeat(40)}`, 'end @x.', '(@x)', '@x’s', 'a@a@a@a', '@/////x',
  ]) assert.deepEqual(ours(text), theirs(text), text);
});

test('mentions merge as retext-syntax-mentions merges them, on random texts of @, /, letters, digits, hyphens, quotes and spaces', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('@', '/', 'a', 'B', '1', '-', "'", '’', 's', ' ', '.', '_', 'é'), { maxLength: 40 }).map((a) => a.join('')), (text) => {
    assert.deepEqual(ours(text), theirs(text));
  }), { numRuns: 2000, seed: 12 });
});

test('a sentence of 32,000 mentions is merged in about eight times the time of 4,000 (no splice per mention)', () => {
  const time = (n: number): number => {
    const text = 'a@'.repeat(n);
    const tree = parser.parse(text) as Root;
    const started = performance.now();
    mergeMentions(tree);
    return performance.now() - started;
  };
  time(4000);
  const small = Math.min(time(4000), time(4000), time(4000));
  const large = Math.min(time(32000), time(32000));
  // Linear: about 8 times; the plugin's splices make it about 64 times (20 s against 0.5 s at 48,000).
  assert.ok(large / small < 24, `${large.toFixed(1)} ms for 32,000 against ${small.toFixed(1)} ms for 4,000`);
});
