import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../../../server/src/engine/analysis';
import { at, compile, find } from './find';

test('a class may name another class, whose entries it then has', () => {
  const classes = { BOARD: ['board', 'governing board'], MANAGEMENT: ['@BOARD', 'management'], TARGET: ['@MANAGEMENT', 'the DG'] };
  const index = compile('@TARGET is clueless', classes);
  const text = 'The governing board is clueless. Management is clueless. And the DG is clueless.';
  assert.deepEqual(find(index, text), [at(text, 'governing board is clueless'), at(text, 'Management is clueless'), at(text, 'the DG is clueless')]);
});

test('classes that name each other in a cycle are rejected', () => {
  assert.throws(() => compile('x', { A: ['a', '@B'], B: ['@A'] }), {
    name: 'PatternSyntaxError',
    message: 'In entry 1 of class @B, `@A`, at character 1: classes refer to each other in a cycle: @A → @B → @A.',
  });
  assert.throws(() => compile('x', { A: ['a', '@A'] }), { message: 'In entry 2 of class @A, `@A`, at character 1: classes refer to each other in a cycle: @A → @A.' });
});

test('a class keeps its longest entry, among entries that share their first word', () => {
  const index = compile('@MISTAKE', { MISTAKE: ['make', 'make a mess', 'make a mess of it', 'make a decision'] });
  const text = 'They make a mess of it.';
  assert.deepEqual(find(index, text), [at(text, 'make a mess of it')]);
});

test('a class entry may be a phrase with stems', () => {
  const index = compile('@BAD', { BAD: ['~stupid ~decision'] });
  const text = 'Such stupid decisions.';
  assert.deepEqual(find(index, text), [at(text, 'stupid decisions')]);
});

test('a class is looked up by its first word: thousands of entries cost what one costs', () => {
  const text = 'Honestly the board is utterly incompetent, and the board knows it.';
  const words = analyse(text, 0, 'en').words;
  const small = compile('board is *{0,2} @NEG', { NEG: ['incompetent'] });
  const big = compile('board is *{0,2} @NEG', { NEG: ['incompetent', ...Array.from({ length: 5000 }, (_, k) => `word${k} and more`)] });
  const [smallMatches, bigMatches] = [small.match(words), big.match(words)];
  assert.deepEqual(bigMatches, smallMatches);
  assert.equal(big.steps, small.steps);
});
