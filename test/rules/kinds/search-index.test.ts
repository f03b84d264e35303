import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SearchIndex, searchForm } from '../../../rules/kinds/phrase-list';
import { analyse } from '../../../server/src/engine/analysis';

function find(index: SearchIndex<string>, text: string, start = 0): string[] {
  return index.match(analyse(text, start, 'en'), start).map((m) => `${m.value}@${m.start}-${m.end}`);
}

test('searchForm drops case, apostrophes and dashes as nlcst-search does', () => {
  assert.equal(searchForm('Shit-Show'), 'shitshow');
  assert.equal(searchForm('Don’t'), 'dont');
  assert.equal(searchForm('Don’t', true), "don't");
});

test('a search index reports every phrase at a word, with document offsets', () => {
  const index = new SearchIndex([
    { phrase: 'piece', value: 'piece' },
    { phrase: 'piece of crap', value: 'long' },
    { phrase: 'of *', value: 'any' },
  ]);
  assert.deepEqual(find(index, 'A piece of crap.', 100), ['piece@102-107', 'long@102-115', 'any@108-115']);
});

test('a search index matches across dashes and apostrophes, and only adjacent words', () => {
  const index = new SearchIndex([{ phrase: 'shitshow', value: 'a' }, { phrase: 'shit show', value: 'b' }]);
  assert.deepEqual(find(index, 'What a shit-show.'), ['a@7-16']);
  assert.deepEqual(find(index, 'What a shit show.'), ['b@7-16']);
  assert.deepEqual(find(index, 'What a shit, show.'), []);
});

test('a search index keeps apostrophes only for phrases that ask for it', () => {
  const index = new SearchIndex([{ phrase: 'hell', value: 'kept', keepApostrophes: true }, { phrase: 'dont', value: 'dropped' }]);
  assert.deepEqual(find(index, "Hell's bells, don't."), ['dropped@14-19']);
  assert.deepEqual(find(index, 'Oh hell, no.'), ['kept@3-7']);
});

test('a search index skips literal words, as nlcst-search does', () => {
  const index = new SearchIndex([{ phrase: 'lame', value: 'lame' }]);
  assert.deepEqual(find(index, 'The word "lame" is on the list.'), []);
  assert.deepEqual(find(index, 'That joke was lame, sorry.'), ['lame@14-18']);
});
