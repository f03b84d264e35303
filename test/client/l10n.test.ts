/**
 * The extension's UI strings in English and French: the manifest's (package.nls*.json) and the
 * client's (vscode.l10n, l10n/bundle.l10n*.json). Read from the repository's files, as VS Code
 * and vsce read them; tests run from the repository root.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { frenchTypographyProblems } from '../helpers/french-typography';

const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));
const manifest = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsFr: Record<string, string> = readJson('package.nls.fr.json');
const bundle: Record<string, string> = readJson('l10n/bundle.l10n.json');
const bundleFr: Record<string, string> = readJson('l10n/bundle.l10n.fr.json');

/** Manifest fields that VS Code shows to users (contribution points' titles and descriptions). */
const SHOWN = new Set(['title', 'category', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions',
  'deprecationMessage', 'markdownDeprecationMessage', 'shortTitle', 'name', 'contextualTitle', 'altText', 'label']);

/** Every string under a shown field of `value`, with its JSON path. */
function shownStrings(value: unknown, path: string[] = [], shown = false): { path: string; text: string }[] {
  if (typeof value === 'string') return shown ? [{ path: path.join('.'), text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => shownStrings(item, [...path, String(index)], shown));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => shownStrings(item, [...path, key], shown || SHOWN.has(key)));
  }
  return [];
}

const reference = (text: string): string | undefined => /^%([^%]+)%$/.exec(text)?.[1];
const manifestStrings = [
  { path: 'displayName', text: manifest.displayName as string },
  { path: 'description', text: manifest.description as string },
  ...shownStrings(manifest.contributes, ['contributes']),
];

test('every user-visible string of the manifest is a %key% of package.nls.json', () => {
  const literal = manifestStrings.filter((s) => reference(s.text) === undefined);
  assert.deepEqual(literal, [], 'write these as %key% and put the text in package.nls.json and package.nls.fr.json');
  assert.equal(manifest.l10n, './l10n');
});

test('every %key% of package.json is in both nls files, and both have the same keys, none unused', () => {
  const used = new Set(manifestStrings.map((s) => reference(s.text)!));
  assert.deepEqual([...used].filter((key) => !(key in nls)), [], 'missing in package.nls.json');
  assert.deepEqual([...used].filter((key) => !(key in nlsFr)), [], 'missing in package.nls.fr.json');
  assert.deepEqual(Object.keys(nlsFr).sort(), Object.keys(nls).sort());
  assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), [], 'unused keys');
});

/** The `{0}` placeholders and the `code spans` of a string, which a translation keeps as they are (in any order). */
const kept = (text: string): string[] => (text.match(/\{\d+\}|`[^`]*`/g) ?? []).sort();

test('the French manifest strings are translated, keep the placeholders and code spans, and follow French typography', () => {
  for (const [key, english] of Object.entries(nls)) {
    const french = nlsFr[key];
    if (english !== 'Guidelint') assert.notEqual(french, english, `${key} is not translated`);
    assert.deepEqual(kept(french), kept(english), `${key} changed a placeholder or a code span`);
    assert.deepEqual(frenchTypographyProblems(french), [], key);
  }
});

/** Every first argument of vscode.l10n.t( in the client's sources; a call whose first argument is not a plain string literal fails. */
function l10nLiterals(): Map<string, string> {
  const found = new Map<string, string>();
  const root = 'client/src';
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const call of source.matchAll(/\bl10n\.t\(\s*/g)) {
      const at = call.index + call[0].length;
      const literal = /^(['"])((?:\\.|(?!\1)[^\\\n])*)\1/.exec(source.slice(at));
      const line = source.slice(0, at).split('\n').length;
      assert.ok(literal, `${file}:${line}: vscode.l10n.t() must take a string literal (l10n-dev and this test extract it)`);
      found.set(decode(literal[2], literal[1]), `${file}:${line}`);
    }
  }
  return found;
}

/** A quoted literal's value: its escapes read as JSON reads them (\\, \n, \u00a0, and the quote itself). */
function decode(body: string, quote: string): string {
  const json = quote === "'" ? body.replace(/\\'/g, "'").replace(/(?<!\\)((?:\\\\)*)"/g, '$1\\"') : body;
  return JSON.parse(`"${json}"`) as string;
}

test('every vscode.l10n.t() string of the client has a French translation, and the bundles hold no other', () => {
  const literals = l10nLiterals();
  assert.ok(literals.size >= 20, `only ${literals.size} strings found: is the scanner broken?`);
  const missing = [...literals].filter(([text]) => !(text in bundleFr)).map(([text, where]) => `${where}: ${text}`);
  assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.fr.json');
  assert.deepEqual(Object.keys(bundleFr).filter((text) => !literals.has(text)), [], 'stale keys in l10n/bundle.l10n.fr.json');
});

test('l10n/bundle.l10n.json is in sync with the sources (`npm run l10n` writes it)', () => {
  const literals = l10nLiterals();
  assert.deepEqual(Object.keys(bundle).sort(), [...literals.keys()].sort());
  for (const [key, value] of Object.entries(bundle)) assert.equal(value, key);
});

test('the client\'s French strings are translated, keep the placeholders, and follow French typography', () => {
  for (const [english, french] of Object.entries(bundleFr)) {
    assert.notEqual(french, english, `${english} is not translated`);
    assert.deepEqual(kept(french), kept(english), `${english}: a placeholder changed`);
    assert.deepEqual(frenchTypographyProblems(french), [], english);
  }
});

test('the typography check catches a plain space before a colon, a missing space, and ASCII quotes', () => {
  assert.deepEqual(frenchTypographyProblems('Guidelint\u00a0: ouvrez «\u00a0ceci\u00a0» `a: b` https://x.org/a?b'), []);
  assert.equal(frenchTypographyProblems('Guidelint : ouvrez').length, 1);
  assert.equal(frenchTypographyProblems('Vraiment?').length, 1);
  assert.equal(frenchTypographyProblems('Lancez "ceci"').length, 2);
  assert.equal(frenchTypographyProblems('«ceci»').length, 2);
});
