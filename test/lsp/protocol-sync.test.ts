/**
 * Issue 12, "Validated edits": incremental changes that are malformed or outside the document
 * are refused with one logged error; the document's diagnostics are cleared (their ranges would
 * be wrong) and further incremental changes are ignored until the client sends the whole text,
 * which re-reads it. Every published range is whole numbers inside the document.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { docUri, LspClient, rangeOf } from './lsp-client';

let client: LspClient;
before(async () => (client = await LspClient.start()));
after(() => client.stop());

const POST = 'Write to jane.doe@example.org today.\nThe second line.\n';
const change = (uri: string, version: number, contentChanges: unknown[]) =>
  client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
const emails = (diagnostics: any[]) => diagnostics.filter((d) => d.code === 'email-address').map((d) => d.range);
const whole = (range: any) => [range.start.line, range.start.character, range.end.line, range.end.character].every(Number.isInteger);

for (const [name, bad] of [
  ['a character that is not a whole number', { range: { start: { line: 0, character: 1.5 }, end: { line: 0, character: 2 } }, text: 'x' }],
  ['a line past the end of the document', { range: { start: { line: 40, character: 0 }, end: { line: 41, character: 0 } }, text: 'x' }],
  ['a negative line', { range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
  ['a start after its end', { range: { start: { line: 1, character: 3 }, end: { line: 0, character: 0 } }, text: 'x' }],
  ['no text', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
] as const) {
  test(`a change with ${name} is refused and logged, diagnostics are cleared until the whole text comes again`, async () => {
    const uri = docUri(`sync-${name.replace(/\W+/g, '-')}.txt`);
    await client.open(uri, 'plaintext', POST);
    assert.deepEqual(emails((await client.diagnostics(uri, { version: 1 })).diagnostics), [rangeOf(POST, 'jane.doe@example.org')]);
    const mark = client.mark();
    await change(uri, 2, [bad]);
    const cleared = await client.diagnostics(uri, { from: mark });
    assert.deepEqual(cleared.diagnostics, []);
    const logged = client.since('window/logMessage', mark).filter((m) => m.type === 1 && m.message.includes('refused a change'));
    assert.equal(logged.length, 1);
    assert.ok(logged[0].message.includes(uri));
    // Out of sync: a valid incremental change is not applied, and nothing is published for it.
    await change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Hi. ' }]);
    // The whole text re-reads the document; diagnostics come back for that version, in its ranges.
    const text = `Now: ${POST}`;
    await change(uri, 4, [{ text }]);
    const resynced = await client.diagnostics(uri, { version: 4, from: mark });
    assert.deepEqual(emails(resynced.diagnostics), [rangeOf(text, 'jane.doe@example.org')]);
    assert.ok(resynced.diagnostics.every((d: any) => whole(d.range)));
    assert.equal(client.since('textDocument/publishDiagnostics', mark).filter((p) => p.uri === uri && p.version === 3).length, 0);
    // In sync again: incremental changes apply.
    await change(uri, 5, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, text: '' }]);
    assert.deepEqual(emails((await client.diagnostics(uri, { version: 5, from: mark })).diagnostics), [rangeOf(POST, 'jane.doe@example.org')]);
    await client.close(uri);
  });
}

test('a character past the end of its line is clamped to the line, as the LSP specification says', async () => {
  const uri = docUri('sync-clamped.txt');
  await client.open(uri, 'plaintext', POST);
  await client.diagnostics(uri, { version: 1 });
  const mark = client.mark();
  await change(uri, 2, [{ range: { start: { line: 1, character: 99 }, end: { line: 1, character: 120 } }, text: ' Mail bob@example.com' }]);
  const text = POST.replace('The second line.', 'The second line. Mail bob@example.com');
  const { diagnostics } = await client.diagnostics(uri, { version: 2, from: mark });
  assert.deepEqual(emails(diagnostics), [rangeOf(text, 'jane.doe@example.org'), rangeOf(text, 'bob@example.com')]);
  assert.equal(client.since('window/logMessage', mark).filter((m) => m.type === 1).length, 0);
  await client.close(uri);
});
