/** Protocol tests: the language of a post decides its diagnostics and hover (issue 9), and a language the pack lacks is one diagnostic. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { docUri, LspClient, rangeOf } from './lsp-client';

let client: LspClient;
before(async () => (client = await LspClient.start()));
after(() => client.stop());

test('a French tweet without front matter gets French diagnostics and a French hover', async () => {
  const text = 'Visite du CERN ce matin avec une classe de lycéens de Lyon : quel bordel pour trouver le bus !\n';
  const uri = docUri('tweet-fr.txt');
  await client.open(uri, 'plaintext', text);
  const { diagnostics } = await client.diagnostics(uri);
  const profanity = diagnostics.filter((d: any) => d.code === 'profanity');
  assert.deepEqual(profanity.map((d: any) => [d.range, d.message]), [
    [rangeOf(text, 'bordel'), 'Retirez `bordel`\u00a0: la grossièreté enfreint le code de conduite, et la publication reste en ligne.'],
  ]);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, 'bordel').start });
  assert.match(hover.contents.value, /\*Pourquoi ici\u00a0:\* Retirez `bordel`/);
  assert.equal((await client.request('guidelint/relevantGuidelines', { uri })).language, 'fr');
});

test('a front-matter language the pack lacks gets one error on its line', async () => {
  const text = '---\nlang: es\n---\n\nEscríbeme a jane@example.org.\n';
  const uri = docUri('espanol.md');
  await client.open(uri, 'markdown', text);
  const { diagnostics } = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.map((d: any) => [d.range, d.severity, d.message]), [
    [rangeOf(text, 'lang: es'), 1, "The front matter's `lang: es` is not a language of the pack (en, fr): write en or fr, or remove it to let Guidelint detect the language."],
  ]);
  await client.change(uri, 2, text.replace('lang: es', 'lang: en'));
  const fixed = await client.diagnostics(uri, { version: 2 });
  assert.deepEqual(fixed.diagnostics.map((d: any) => d.code), ['email-address'], 'once the language is one of the pack\'s, the post is linted');
});
