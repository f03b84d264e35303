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

test('wordList answers the same as a set on every word of the default dictionaries and on near misses', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  for (const language of ['en', 'fr']) {
    const text: string = parse(readFileSync(`rules/packs/default/dictionary.${language}.yml`, 'utf8')).words;
    const words = text.split(/\s+/).filter(Boolean);
    const list = wordList(text);
    const set = new Set(words);
    for (const word of words) assert.equal(list.has(word), true, word);
    for (const word of words.filter((_, i) => i % 7 === 0)) {
      for (const miss of [word + 'q', word.slice(0, -1), `${word} ${word}`, word.toUpperCase()]) assert.equal(list.has(miss), set.has(miss), miss);
    }
  }
});

test('wordList keeps working on lists with several spaces, tabs and line ends, and on duplicates', () => {
  const words = wordList('  \tpear\r\n\n apple  apple\tfig \n');
  assert.deepEqual(['apple', 'fig', 'pear', 'app', 'figs', ' '].map((w) => words.has(w)), [true, true, true, false, false, false]);
});
