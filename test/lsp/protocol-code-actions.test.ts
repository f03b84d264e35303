/** Protocol tests: quick fixes, "Ignore <rule> on this line" and source.fixAll over stdio. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docUri, LspClient, rangeOf } from './lsp-client';

let client: LspClient;
before(async () => (client = await LspClient.start()));
after(() => client.stop());

/** Opens a document and returns it with its email-address diagnostics. */
async function openWithEmails(name: string, languageId: string, text: string) {
  const uri = docUri(name);
  await client.open(uri, languageId, text);
  const { diagnostics } = await client.diagnostics(uri, { version: 1 });
  return { uri, diagnostics: diagnostics.filter((d: any) => d.code === 'email-address') };
}

/** Applies a code action's edit (versioned documentChanges) to `text`. */
function applyAction(text: string, languageId: string, action: any): string {
  const [change] = action.edit.documentChanges;
  return TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, languageId, 1, text), change.edits);
}

async function codeActions(uri: string, diagnostics: any[], only?: string[]) {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
}

test('a quick fix redacts the e-mail address with an exact, versioned edit, and it is preferred', async () => {
  const text = '# Contact\n\nMail jane.doe@example.org or 😀 bob.martin@example.com\n';
  const { uri, diagnostics } = await openWithEmails('fix.md', 'markdown', text);
  const actions = await codeActions(uri, [diagnostics[1]]);
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [
    ['Redact', 'quickfix', true],
    ['Ignore email-address on this line', 'quickfix', undefined],
  ]);
  assert.deepEqual(actions[0].edit, {
    documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: rangeOf(text, 'bob.martin@example.com'), newText: '[redacted]' }] }],
  });
  assert.equal(applyAction(text, 'markdown', actions[0]), '# Contact\n\nMail jane.doe@example.org or 😀 [redacted]\n');
});

test('"Ignore on this line" in Markdown inserts an HTML disable comment above, and the finding goes away', async () => {
  const text = '# Contact\n\n  Mail jane.doe@example.org today.\n';
  const { uri, diagnostics } = await openWithEmails('ignore.md', 'markdown', text);
  const ignore = (await codeActions(uri, diagnostics)).find((a) => a.title.startsWith('Ignore'));
  const fixed = applyAction(text, 'markdown', ignore);
  assert.equal(fixed, '# Contact\n\n  <!-- guidelint-disable-next-line email-address -->\n  Mail jane.doe@example.org today.\n');
  await client.change(uri, 2, fixed);
  const { diagnostics: after } = await client.diagnostics(uri, { version: 2 });
  assert.deepEqual(after.filter((d: any) => d.code === 'email-address'), []);
});

test('"Ignore on this line" in plain text inserts a bare disable line, keeping CRLF, and the finding goes away', async () => {
  const text = 'Lost my badge.\r\nMail l.moreau@example.org please.\r\n';
  const { uri, diagnostics } = await openWithEmails('ignore.txt', 'plaintext', text);
  const ignore = (await codeActions(uri, diagnostics)).find((a) => a.title.startsWith('Ignore'));
  const fixed = applyAction(text, 'plaintext', ignore);
  assert.equal(fixed, 'Lost my badge.\r\nguidelint-disable-next-line email-address\r\nMail l.moreau@example.org please.\r\n');
  await client.change(uri, 2, fixed);
  const { diagnostics: after } = await client.diagnostics(uri, { version: 2 });
  assert.deepEqual(after.filter((d: any) => d.code === 'email-address'), []);
});

test('no quick fix is offered for diagnostics of an older version', async () => {
  const text = 'Mail jane.doe@example.org today.\n';
  const { uri, diagnostics } = await openWithEmails('stale.md', 'markdown', text);
  await client.change(uri, 2, `Hello!\n\n${text}`);
  assert.deepEqual(await codeActions(uri, diagnostics), []);
});

test('source.fixAll applies safe fixes only: a suggestion such as redacting an address is left to the author', async () => {
  const text = 'Mail jane.doe@example.org today.\n';
  const { uri } = await openWithEmails('fix-all.md', 'markdown', text);
  const actions = await codeActions(uri, [], ['source.fixAll']);
  const edits = actions.flatMap((a) => a.edit.documentChanges[0].edits);
  assert.ok(actions.every((a) => a.kind === 'source.fixAll.guidelint'));
  assert.ok(!edits.some((e: any) => e.newText === '[redacted]'), 'email-address has fix: suggestion, fix-all must not redact');
  assert.deepEqual(await codeActions(uri, [], ['quickfix']), []);
});
