/**
 * The shipped bundles stem with a copy of snowball-stemmers cut to English and French
 * (esbuild.mjs, trimmedStemmers): it must stem every word exactly as the package does, or
 * `~stem` patterns would match differently in the editor and in the tests.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

type Stemmers = typeof import('snowball-stemmers');
const load = createRequire(import.meta.url);
const shipped = load(resolve('server/out/node_modules/snowball-stemmers')) as Stemmers;
const packaged = load(resolve('node_modules/snowball-stemmers')) as Stemmers;

test('the shipped stemmer copy offers English and French only', () => {
  assert.deepEqual(shipped.algorithms(), ['english', 'french']);
});

for (const [language, algorithm] of [['en', 'english'], ['fr', 'french']] as const) {
  test(`the shipped ${algorithm} stemmer gives the package's stem for every word of the default ${language} dictionary`, () => {
    const words: string[] = parse(readFileSync(`rules/packs/default/dictionary.${language}.yml`, 'utf8')).words.split(/\s+/).filter(Boolean);
    const ours = shipped.newStemmer(algorithm);
    const theirs = packaged.newStemmer(algorithm);
    const differing = words.filter((word) => ours.stem(word) !== theirs.stem(word));
    assert.deepEqual(differing, []);
    assert.ok(words.length > 30_000);
  });
}
