import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack, validatePack } from '../../rules/pack';

test('the default pack has the 14 public guideline ids, each titled and explained in English and French', () => {
  assert.deepEqual(defaultPack.guidelines.map((g) => g.id), [
    'responsible', 'correct', 'clear', 'reasonable', 'as-yourself', 'link-dont-copy', 'endorsement',
    'conduct', 'reputation', 'privacy', 'confidentiality', 'intellectual-property', 'accessibility', 'ai-transparency',
  ]);
  assert.equal(defaultPack.guidelines.find((g) => g.id === 'link-dont-copy')?.title.en, "Link, don't copy");
  for (const g of defaultPack.guidelines) assert.match(g.source, /^https:\/\//);
});

test('a pack with a missing field is refused with the file and the field in the message', () => {
  assert.throws(() => validatePack({ id: 'x', name: { en: 'X', fr: 'X' }, organisation: { names: ['X'], contact: 'x' }, guidelines: [{ id: 'a', title: { en: 'A' } }] }, 'my-pack.yml'),
    /my-pack.yml: guidelines\[0\].title.fr: expected a non-empty string/);
});
