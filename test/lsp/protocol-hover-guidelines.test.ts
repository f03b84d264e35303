/** Protocol tests: hover on a finding, and `guidelint/relevantGuidelines` (request and command). */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { docUri, LspClient, rangeOf } from './lsp-client';

const DOCS = 'https://github.com/guidelint/guidelint/blob/main/rules/README.md#';
const SOURCE = 'https://admin-eguide.web.cern.ch/en/procedure/social-media-guidelines';

let client: LspClient;
before(async () => (client = await LspClient.start()));
after(() => client.stop());

test('hover on a finding shows the guideline, why the text triggered it, and both links', async () => {
  const text = 'Questions? Mail jane.doe@example.org today.\n';
  const uri = docUri('hover.md');
  await client.open(uri, 'markdown', text);
  await client.diagnostics(uri);
  const range = rangeOf(text, 'jane.doe@example.org');
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: range.start.character + 3 } });
  assert.equal(hover.contents.kind, 'markdown');
  assert.deepEqual(hover.range, range);
  assert.equal(hover.contents.value, [
    '**Respect privacy**', '',
    "Do not post personal data, yours or anyone else's: e-mail addresses, phone numbers, home addresses, badge numbers, health or family details. Your own data in public is a security risk.", '',
    '*Why here:* Remove the e-mail address `jane.doe@example.org`: it is personal data. Point to a contact form or a public page instead.', '',
    `[Guideline source](${SOURCE}) · [Rule \`email-address\`](${DOCS}email-address)`,
  ].join('\n'));
  assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
});

test('hover speaks the language of the post (front matter lang: fr)', async () => {
  const text = '---\nlang: fr\n---\n\nÉcrivez-moi à jane.doe@example.org demain.\n';
  const uri = docUri('survol.md');
  await client.open(uri, 'markdown', text);
  await client.diagnostics(uri);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, 'jane.doe').start });
  assert.match(hover.contents.value, /^\*\*Respectez la vie privée\*\*\n\nNe publiez pas de données personnelles/);
  assert.match(hover.contents.value, /\n\*Pourquoi ici\u00a0:\* /);
  assert.match(hover.contents.value, /\[Source de la ligne directrice\]\(https:/);
});

const POST = [
  '# Visit to CERN', '',
  'We tried the new FieldNotes™ app during the visit.', '',
  '![The control room](control-room.jpg)', '',
  'Write to jane.doe@example.org for the slides.', '',
].join('\n');

test('relevantGuidelines lists guidelines with findings, those the topic makes relevant, and the general advice', async () => {
  const uri = docUri('relevant.md');
  await client.open(uri, 'markdown', POST);
  await client.diagnostics(uri);
  const result = await client.request('guidelint/relevantGuidelines', { uri });
  assert.equal(result.uri, uri);
  assert.equal(result.language, 'en');
  assert.equal(result.advice.length, 3);
  const byId = new Map(result.guidelines.map((g: any) => [g.id, g]));
  const privacy: any = byId.get('privacy');
  assert.equal(privacy.title, 'Respect privacy');
  assert.equal(privacy.source, SOURCE);
  assert.deepEqual(privacy.findings.filter((f: any) => f.ruleId === 'email-address'), [{
    ruleId: 'email-address', severity: 'warning', range: rangeOf(POST, 'jane.doe@example.org'),
    message: 'Remove the e-mail address `jane.doe@example.org`: it is personal data. Point to a contact form or a public page instead.',
  }]);
  const topic = (id: string) => (byId.get(id) as any)?.reasons.filter((r: any) => r.kind !== 'findings');
  assert.deepEqual(topic('as-yourself'), [{ kind: 'organisation', text: 'It names CERN: say that you post personally, not for the organisation.', range: rangeOf(POST, 'CERN') }]);
  assert.deepEqual(topic('intellectual-property')?.map((r: any) => [r.kind, r.range]), [['images', rangeOf(POST, '![The control room](')]]);
  assert.deepEqual(topic('accessibility')?.map((r: any) => r.kind), ['images']);
  assert.deepEqual(topic('endorsement')?.map((r: any) => [r.kind, r.text]), [['products', 'It names a product or company (FieldNotes™): make clear that the organisation does not endorse it.']]);
  const withFindings = result.guidelines.map((g: any) => g.findings.length > 0);
  assert.deepEqual(withFindings, [...withFindings].sort((a, b) => Number(b) - Number(a)), 'guidelines with findings come first');
});

test('relevantGuidelines for a selection keeps only what lies in it', async () => {
  const uri = docUri('relevant.md');
  const range = rangeOf(POST, 'Write to jane.doe@example.org for the slides.');
  const result = await client.request('guidelint/relevantGuidelines', { uri, range });
  const ids = result.guidelines.map((g: any) => g.id);
  assert.ok(ids.includes('privacy'));
  for (const id of ['as-yourself', 'intellectual-property', 'accessibility']) assert.ok(!ids.includes(id), `${id} is not about the selection`);
});

test('the guidelint.relevantGuidelines command answers the same as the request', async () => {
  const uri = docUri('relevant.md');
  const viaRequest = await client.request('guidelint/relevantGuidelines', { uri });
  const viaCommand = await client.request('workspace/executeCommand', { command: 'guidelint.relevantGuidelines', arguments: [{ uri }] });
  assert.deepEqual(viaCommand, viaRequest);
  await assert.rejects(client.request('guidelint/relevantGuidelines', { uri: docUri('not-open.md') }), /no open document/);
});
