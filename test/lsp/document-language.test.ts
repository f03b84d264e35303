/** The language of an open document (issue 9): the engine decides it, results and diagnostics carry it, settings are checked against the pack. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultPack } from '../../rules/pack/index';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { EngineLinters, lintDocument } from '../../server/src/lsp/lint-document';
import { combine, DEFAULT_CONFIG, readEditorSection, type DocumentConfig, type LanguageSetting } from '../../server/src/lsp/settings';
import { rangeOf } from './lsp-client';

const pack = defaultPack();
const linters = new EngineLinters(() => {});
const configWith = (language: LanguageSetting): DocumentConfig => ({ ...DEFAULT_CONFIG, language, pack });
const open = (name: string, languageId: string, text: string) => TextDocument.create(`file:///${name}`, languageId, 1, text);

const FRENCH_TWEET = 'Visite du CERN ce matin avec une classe de lycéens de Lyon : quel bordel pour trouver le bus !';

test('a French post without front matter is linted in French, and the result says so', () => {
  const result = lintDocument(open('tweet.txt', 'plaintext', FRENCH_TWEET), configWith('auto'), linters);
  assert.equal(result?.language, 'fr');
  assert.deepEqual(result?.findings.filter((f) => f.ruleId === 'profanity').map((f) => f.message), [
    'Retirez `bordel`\u00a0: la grossièreté enfreint le code de conduite, et la publication reste en ligne.',
  ]);
});

test('the front matter wins over the editor setting', () => {
  const text = `---\nlang: fr-CH\n---\n\n${FRENCH_TWEET}\n`;
  assert.equal(lintDocument(open('post.md', 'markdown', text), configWith('en'), linters)?.language, 'fr');
  assert.equal(lintDocument(open('tweet2.txt', 'plaintext', FRENCH_TWEET), configWith('en'), linters)?.language, 'en', 'the setting wins over detection');
});

test('a front-matter language the pack lacks is one error diagnostic on its line, and nothing else', () => {
  const text = '---\ntitle: Hallo\nlang: de\n---\n\nSchreiben Sie an jane@example.org.\n';
  const document = open('german.md', 'markdown', text);
  const result = lintDocument(document, configWith('auto'), linters);
  assert.deepEqual(result?.findings, []);
  assert.deepEqual(toDiagnostics(document, result!), [{
    range: rangeOf(text, 'lang: de'),
    severity: 1,
    source: 'guidelint',
    message: "The front matter's `lang: de` is not a language of the pack (en, fr): write en or fr, or remove it to let Guidelint detect the language.",
  }]);
});

test('the editor setting takes tags; a language the pack lacks is reported once and detection takes over', () => {
  assert.equal(readEditorSection({ language: 'fr-CH' }).config.language, 'fr');
  assert.equal(readEditorSection({ language: 'EN_gb' }).config.language, 'en');
  assert.deepEqual(readEditorSection({ language: 'de' }).errors, ['`guidelint.language` must be en, fr or auto, not `de`']);
  const englishOnly = { ...pack, languages: ['en' as const] };
  const { config, errors } = combine(readEditorSection({ language: 'fr' }).config, { pack: englishOnly, settings: {} });
  assert.equal(config.language, 'auto');
  assert.deepEqual(errors, ['`guidelint.language`: `fr` is not a language of the pack (it has en); detecting the language instead']);
});
