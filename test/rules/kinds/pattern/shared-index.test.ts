/** A pack's users of patterns share one index per language, and each gets exactly its own matches. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SharedPatterns } from '../../../../rules/kinds/pattern/shared-index';
import { analyse } from '../../../../server/src/engine/analysis';

const text = 'The board is clueless. I love and recommend ZenPad.';
const words = analyse(text, 0, 'en').words;
const covered = (matches: readonly { ruleId: string; start: number; end: number }[]) => matches.map((m) => [m.ruleId, text.slice(m.start, m.end)]);

test('two users with the same entry id each get their own matches, under their own ids', () => {
  const classes = { BOARD: ['the board'] };
  const shared = SharedPatterns.of(classes, 'en');
  assert.equal(SharedPatterns.of(classes, 'en'), shared);
  const judged = shared.register([{ id: 'x', patterns: ['@BOARD is clueless'] }]);
  const praise = shared.register([{ id: 'x', patterns: ['i love (and recommend)?'] }, { id: 'y', patterns: ['recommend *'] }]);
  assert.deepEqual(covered(shared.matchesOf(judged, words)), [['x', 'The board is clueless']]);
  assert.deepEqual(covered(shared.matchesOf(praise, words)), [['x', 'I love and recommend'], ['y', 'recommend ZenPad']]);
});

test('a user registered after the first match is matched too, and the earlier users keep theirs', () => {
  const shared = SharedPatterns.of({}, 'en');
  const first = shared.register([{ id: 'a', patterns: ['clueless'] }]);
  assert.deepEqual(covered(shared.matchesOf(first, words)), [['a', 'clueless']]);
  const late = shared.register([{ id: 'b', patterns: ['zenpad'] }]);
  assert.deepEqual(covered(shared.matchesOf(late, words)), [['b', 'ZenPad']]);
  assert.deepEqual(covered(shared.matchesOf(first, words)), [['a', 'clueless']]);
});

test('another pack (another classes object) or another language has an index of its own', () => {
  const classes = {};
  const english = SharedPatterns.of(classes, 'en');
  assert.notEqual(SharedPatterns.of(classes, 'fr'), english);
  assert.notEqual(SharedPatterns.of({}, 'en'), english);
  const owner = SharedPatterns.of(classes, 'fr').register([{ id: 'c', patterns: ['clueless'] }]);
  assert.deepEqual(english.matchesOf(owner, words), []);
});
