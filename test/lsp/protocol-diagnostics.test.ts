/** Protocol tests: diagnostics over stdio, as any LSP editor receives them. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { docUri, LspClient, rangeOf } from './lsp-client';

/** Rules that exist now; other rules are being added, so tests assert on these findings only. */
const OURS = new Set(['email-address', 'assistant-leftover']);
const DOCS = 'https://github.com/guidelint/guidelint/blob/main/rules/README.md#';

const POST = [
  '---', 'title: Detector upgrade', '---', '', '# Upgrade done', '',
  'As an AI language model, I cannot attend, but here is a summary.', '',
  'Questions? Write to jane.doe@example.org or 😀 bob.martin@example.com', '',
].join('\n');

let client: LspClient;
before(async () => (client = await LspClient.start()));
after(() => client.stop());

const ours = (diagnostics: any[]) => diagnostics.filter((d) => OURS.has(d.code));
const summary = (d: any) => ({ code: d.code, range: d.range, severity: d.severity, source: d.source, href: d.codeDescription?.href });

test('the server announces incremental sync, quick fixes, fix-all, hover and the guidelines command', () => {
  assert.deepEqual(client.capabilities.textDocumentSync, { openClose: true, change: 2 });
  assert.deepEqual(client.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.guidelint'] });
  assert.equal(client.capabilities.hoverProvider, true);
  assert.deepEqual(client.capabilities.executeCommandProvider?.commands, ['guidelint.relevantGuidelines']);
});

test('a Markdown post gets diagnostics with rule ids, docs links, severities and exact UTF-16 ranges', async () => {
  const uri = docUri('post.md');
  await client.open(uri, 'markdown', POST);
  const { diagnostics, version } = await client.diagnostics(uri);
  assert.equal(version, 1);
  assert.deepEqual(ours(diagnostics).map(summary), [
    { code: 'assistant-leftover', range: rangeOf(POST, 'As an AI language model'), severity: 2, source: 'guidelint', href: `${DOCS}assistant-leftover` },
    { code: 'email-address', range: rangeOf(POST, 'jane.doe@example.org'), severity: 2, source: 'guidelint', href: `${DOCS}email-address` },
    { code: 'email-address', range: rangeOf(POST, 'bob.martin@example.com'), severity: 2, source: 'guidelint', href: `${DOCS}email-address` },
  ]);
  const email = ours(diagnostics)[1];
  assert.equal(email.message, 'Remove the e-mail address `jane.doe@example.org`: it is personal data. Point to a contact form or a public page instead.');
  assert.deepEqual(email.data, {
    ruleId: 'email-address', guideline: 'privacy', version: 1,
    fixes: [{ title: 'Redact', edits: [{ range: rangeOf(POST, 'jane.doe@example.org'), newText: '[redacted]' }] }],
  });
});

test('a plain-text post is linted; a document in another language is not', async () => {
  const text = 'Lost my badge.\r\nIf you find it, mail l.moreau@example.org please.\r\n';
  await client.open(docUri('note.txt'), 'plaintext', text);
  const { diagnostics } = await client.diagnostics(docUri('note.txt'));
  assert.deepEqual(ours(diagnostics).map((d) => [d.code, d.range]), [['email-address', rangeOf(text, 'l.moreau@example.org')]]);
  await client.open(docUri('code.js'), 'javascript', '// mail l.moreau@example.org\n');
  assert.deepEqual((await client.diagnostics(docUri('code.js'))).diagnostics, []);
});

test('closing a document clears its diagnostics', async () => {
  const uri = docUri('closed.md');
  await client.open(uri, 'markdown', 'Write to jane.doe@example.org\n');
  assert.equal(ours((await client.diagnostics(uri)).diagnostics).length, 1);
  const mark = client.mark();
  await client.close(uri);
  assert.deepEqual((await client.diagnostics(uri, { from: mark })).diagnostics, []);
});

test('rapid changes publish only the latest version: a newer version wins', async () => {
  const uri = docUri('typing.md');
  const textOf = (n: number) => `Mail me at user${n}.name@example.org today.\n`;
  await client.open(uri, 'markdown', textOf(1));
  await client.diagnostics(uri, { version: 1 });
  const mark = client.mark();
  for (let version = 2; version <= 10; version++) await client.change(uri, version, textOf(version));
  const latest = await client.diagnostics(uri, { version: 10, from: mark });
  assert.deepEqual(ours(latest.diagnostics).map((d) => d.range), [rangeOf(textOf(10), 'user10.name@example.org')]);
  // One more change: anything stale still in flight would arrive before version 11's diagnostics.
  await client.change(uri, 11, textOf(11));
  await client.diagnostics(uri, { version: 11, from: mark });
  assert.deepEqual(client.since('textDocument/publishDiagnostics', mark).filter((p) => p.uri === uri).map((p) => p.version), [10, 11]);
});

test('a binary document is skipped with one information diagnostic', async () => {
  const uri = docUri('binary.txt');
  await client.open(uri, 'plaintext', 'PK\u0003\u0004\u0000\u0000 jane.doe@example.org');
  assert.deepEqual((await client.diagnostics(uri)).diagnostics, [{
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: 'guidelint',
    message: 'Guidelint skipped this document: it looks binary (it contains NUL bytes).',
  }]);
});

test('a document larger than 2 MB is skipped with one information diagnostic', async () => {
  const uri = docUri('huge.md');
  await client.open(uri, 'markdown', 'Write to jane.doe@example.org\n'.repeat(80_000));
  const { diagnostics } = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.message]), [[3, 'Guidelint skipped this document: it is larger than 2 MB.']]);
});
