/**
 * Protocol tests: the server's own words follow the document's language. A French post (front
 * matter `lang: fr`) gets French hover labels, French code-action titles and a French
 * guidelines view, while an English post in the same session stays English (issue 9, part 4).
 * Rule messages and fix titles come from the pack's data; these tests take them from the
 * diagnostics rather than pinning them here.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { docUri, LspClient, rangeOf } from './lsp-client';

const DOCS = 'https://github.com/guidelint/guidelint/blob/main/rules/README.md#';
const pack = defaultPack();
const guideline = (id: string) => pack.guidelines.find((g) => g.id === id)!;

const POST = [
  '---', 'lang: fr', '---', '',
  '# Visite au CERN', '',
  "Nous avons testé la nouvelle application FieldNotes pendant la visite. C'était génial !!!", '',
  '![La salle de contrôle](salle.jpg)', '',
  'Écrivez à jane.doe@example.org pour recevoir les transparents.', '',
].join('\n');

let client: LspClient;
let uri: string;
let diagnostics: any[];
before(async () => {
  client = await LspClient.start();
  uri = docUri('visite.md');
  await client.open(uri, 'markdown', POST);
  ({ diagnostics } = await client.diagnostics(uri));
});
after(() => client.stop());

const byCode = (code: string) => diagnostics.filter((d) => d.code === code);

test('a French post gets its hover in French: guideline, « Pourquoi ici », links', async () => {
  const [email] = byCode('email-address');
  assert.ok(email, 'the e-mail address is flagged');
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(POST, 'jane.doe').start });
  const privacy = guideline('privacy');
  assert.equal(hover.contents.value, [
    `**${privacy.title.fr}**`, '',
    privacy.text.fr, '',
    `*Pourquoi ici\u00a0:* ${email.message}`, '',
    `[Source de la ligne directrice](${privacy.source}) · [Règle \`email-address\`](${DOCS}email-address)`,
  ].join('\n'));
});

test('a French post gets French code-action titles: « Ignorer … sur cette ligne » and the fix-all action', async () => {
  const email = byCode('email-address');
  const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: email[0].range, context: { diagnostics: email } });
  assert.deepEqual(actions.filter((a) => a.kind === 'quickfix' && !a.isPreferred).map((a) => a.title), ['Ignorer email-address sur cette ligne']);

  assert.ok(byCode('exclamation-run').length > 0, 'the run of exclamation marks (a safe fix) is flagged');
  const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const fixAll = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
  assert.deepEqual(fixAll.map((a) => [a.kind, a.title]), [['source.fixAll.guidelint', 'Appliquer toutes les corrections sûres de Guidelint']]);
});

test('a French post gets the guidelines view in French: titles, texts, reasons and advice', async () => {
  const result = await client.request('guidelint/relevantGuidelines', { uri });
  assert.equal(result.language, 'fr');
  assert.deepEqual(result.advice, pack.advice.map((a) => a.fr));
  for (const g of result.guidelines) {
    assert.equal(g.title, guideline(g.id).title.fr);
    assert.equal(g.text, guideline(g.id).text.fr);
  }
  const reasons = new Map<string, string[]>(result.guidelines.map((g: any) => [g.id, g.reasons.map((r: any) => r.text)]));
  assert.deepEqual(reasons.get('privacy'), ['1 problème dans ce texte.']);
  assert.deepEqual(reasons.get('as-yourself'), ["Le texte nomme CERN\u00a0: précisez que vous publiez à titre personnel, pas pour l'organisation."]);
  assert.deepEqual(reasons.get('endorsement'), ["Il cite un produit ou une entreprise (application)\u00a0: montrez que l'organisation ne le cautionne pas."]);
  assert.deepEqual(reasons.get('accessibility')?.slice(-1), ['Il contient des images\u00a0: ne partagez que des images que vous pouvez partager, créditez-les et décrivez chacune dans son texte alternatif.']);
});

test('an English post in the same session keeps English words', async () => {
  const text = 'Mail jane.doe@example.org today!!!\n';
  const english = docUri('english.md');
  await client.open(english, 'markdown', text);
  const { diagnostics: found } = await client.diagnostics(english);
  const email = found.filter((d: any) => d.code === 'email-address');
  const hover = await client.request('textDocument/hover', { textDocument: { uri: english }, position: rangeOf(text, 'jane.doe').start });
  assert.match(hover.contents.value, /\n\*Why here:\* /);
  const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri: english }, range: email[0].range, context: { diagnostics: email } });
  assert.ok(actions.some((a) => a.title === 'Ignore email-address on this line'));
  const result = await client.request('guidelint/relevantGuidelines', { uri: english });
  assert.equal(result.language, 'en');
  assert.deepEqual(result.guidelines.find((g: any) => g.id === 'privacy').reasons.map((r: any) => r.text), ['1 finding in this text.']);
});

test('with linting disabled, the guidelines view of a French post is still in French', async () => {
  const disabled = await LspClient.start({ settings: { enable: false } });
  try {
    const french = docUri('desactive.md');
    await disabled.open(french, 'markdown', POST);
    await disabled.diagnostics(french);
    const result = await disabled.request('guidelint/relevantGuidelines', { uri: french });
    assert.equal(result.language, 'fr');
    for (const g of result.guidelines) assert.equal(g.title, guideline(g.id).title.fr);
    const asYourself = result.guidelines.find((g: any) => g.id === 'as-yourself');
    assert.deepEqual(asYourself?.reasons.map((r: any) => r.text), ["Le texte nomme CERN\u00a0: précisez que vous publiez à titre personnel, pas pour l'organisation."]);
    assert.deepEqual(result.advice, pack.advice.map((a) => a.fr));
  } finally {
    await disabled.stop();
  }
});
