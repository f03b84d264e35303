/**
 * The matcher's cost is pinned by its work count (`steps`, NFA states visited), never by the
 * clock: a backtracking matcher would visit up to 9³ paths per start for the gapped pattern
 * below, and a matcher that restarts at every word would grow with words × pattern length.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PatternWord } from '../../../../rules/kinds/pattern/pattern-index';
import { analyse } from '../../../../server/src/engine/analysis';
import { compile } from './find';

/** One sentence of `count` words cycling through `cycle`, built directly: retext would take seconds. */
function sentence(cycle: readonly string[], count: number): PatternWord[] {
  return Array.from({ length: count }, (_, k) => ({ normal: cycle[k % cycle.length], sentence: 0, start: 2 * k, end: 2 * k + 1 }));
}

const PATTERNS = ['a a a a a a a b', 'a *{0,8} a *{0,8} a *{0,8} b', '(a | a a | a a a)? a? a? a b', 'x=a y=*{0,8} z=a b'];

test('a 50,000-word sentence of repeated prefix words costs a bounded number of steps per word', () => {
  const index = compile(PATTERNS);
  const words = sentence(['a'], 50_000);
  assert.deepEqual(index.match(words), []);
  assert.ok(index.steps <= 200 * words.length, `${index.steps} steps for ${words.length} words`);
});

test('twice the words cost twice the steps, with or without matches', () => {
  for (const cycle of [['a'], ['a', 'a', 'a', 'b'], ['a', 'b']]) {
    const counts = [20_000, 40_000].map((count) => {
      const index = compile(PATTERNS);
      index.match(sentence(cycle, count));
      return index.steps;
    });
    const ratio = counts[1] / counts[0];
    assert.ok(ratio > 1.95 && ratio < 2.05, `${cycle.join(' ')}: ${counts.join(' → ')} steps`);
  }
});

test('the matches found along a long sentence are all there, each once', () => {
  const index = compile('a b');
  const matches = index.match(sentence(['a', 'b', 'c'], 30_000));
  assert.equal(matches.length, 10_000);
  assert.ok(index.steps <= 10 * 30_000, `${index.steps} steps`);
});

test('a sentence without a required word of a pattern never runs it', () => {
  const index = compile(['board is *{0,2} incompetent', '^ so what', '~stupid *{0,3} decision']);
  index.match(analyse('The board is fine. So, honestly, what a decision. Nothing stupid here.', 0, 'en').words);
  const before = index.steps;
  index.match(analyse('Nothing here is worth a pattern. The weather is fine, thanks.', 0, 'en').words);
  assert.equal(index.steps, before);
  assert.ok(before > 0);
});

test('the words between a pattern\'s possible starts are jumped over: a long filler before one match costs what the match costs', () => {
  const visited = (fillers: number): number => {
    const index = compile(['board is *{0,2} incompetent']);
    // `is` and `incompetent` make the sentence a candidate; only `board` can start a match.
    const words = sentence([...Array(fillers).fill('is'), 'board', 'is', 'incompetent'], fillers + 3);
    assert.equal(index.match(words).length, 1);
    return index.positions;
  };
  assert.equal(visited(10_000), visited(10));
});
