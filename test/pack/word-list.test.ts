/** A pack's dictionary answers like a set, whether or not its file keeps the words in order. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordList } from '../../rules/pack/word-list';

test('wordList finds exactly the listed words, sorted or not', () => {
  for (const text of ['a aardvark book zebra', 'zebra a\n  book aardvark']) {
    const words = wordList(text);
    assert.deepEqual(['a', 'aardvark', 'book', 'zebra'].map((w) => words.has(w)), [true, true, true, true]);
    assert.deepEqual(['', 'b', 'boo', 'books', 'zz', 'Book'].map((w) => words.has(w)), [false, false, false, false, false, false]);
  }
  assert.equal(wordList('').has('a'), false);
});
