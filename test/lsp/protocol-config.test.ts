/** Protocol tests: the `guidelint` settings and the workspace's `.guidelint.yml` drive linting; bad values are reported once. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, beforeEach, test } from 'node:test';
import { LspClient } from './lsp-client';

const TEXT = 'Mail jane.doe@example.org today.\n';
let root: string;
let client: LspClient;
let uri: string;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-config-'));
  client = await LspClient.start({ root });
  uri = pathToFileURL(join(root, 'post.md')).href;
  await client.open(uri, 'markdown', TEXT);
  await client.diagnostics(uri);
});
after(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(async () => {
  // Each test starts from no settings and no file.
  rmSync(join(root, '.guidelint.yml'), { force: true });
  await reconfigure({});
});

const emails = (params: any) => params.diagnostics.filter((d: any) => d.code === 'email-address');

/** Sets the settings and returns the diagnostics published after the re-lint they cause. */
async function reconfigure(settings: Record<string, unknown>) {
  const mark = client.mark();
  await client.configure(settings);
  return client.diagnostics(uri, { from: mark });
}

/** Writes `.guidelint.yml`, reports the change as the client's file watcher would, and returns the next diagnostics. */
async function writeConfigFile(text: string) {
  writeFileSync(join(root, '.guidelint.yml'), text);
  const mark = client.mark();
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.guidelint.yml')).href, type: 2 }] });
  return client.diagnostics(uri, { from: mark });
}

test('turning a rule off in the settings re-lints open documents and its diagnostics are gone', async () => {
  assert.equal(emails(await reconfigure({})).length, 1);
  assert.deepEqual(emails(await reconfigure({ rules: { 'email-address': 'off' } })), []);
});

test('a guideline severity in the settings sets its rules\' severity', async () => {
  assert.deepEqual(emails(await reconfigure({ rules: { privacy: 'error' } })).map((d: any) => d.severity), [1]);
  assert.deepEqual(emails(await reconfigure({ rules: { privacy: 'info' } })).map((d: any) => d.severity), [3]);
});

test('guidelint.enable false clears the diagnostics', async () => {
  assert.deepEqual((await reconfigure({ enable: false })).diagnostics, []);
});

test('an invalid setting is shown once, and linting goes on with the default for it', async () => {
  const mark = client.mark();
  assert.equal(emails(await reconfigure({ platform: 'myspace', rules: { 'email-address': 'error' } }))[0].severity, 1);
  await reconfigure({ platform: 'myspace', rules: { 'email-address': 'error' } });
  const messages = client.since('window/showMessage', mark);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].type, 2);
  assert.match(messages[0].message, /^Guidelint: `guidelint\.platform`: unknown platform `myspace` \(known: .*\)\. Using the default for it until it is fixed\.$/);
});

test('.guidelint.yml is read when it changes, and it wins over the editor settings (settings < config file)', async () => {
  assert.deepEqual(emails(await writeConfigFile('rules:\n  email-address: off\n')), []);
  assert.deepEqual(emails(await reconfigure({ rules: { 'email-address': 'error' } })), []);
  assert.deepEqual(emails(await writeConfigFile('rules:\n  email-address: info\n')).map((d: any) => d.severity), [3]);
});

test('an invalid .guidelint.yml gets a diagnostic on its line and one notification, and the last good configuration stays in force', async () => {
  assert.deepEqual(emails(await writeConfigFile('rules:\n  email-address: off\n')), []);
  const mark = client.mark();
  const configUri = pathToFileURL(join(root, '.guidelint.yml')).href;
  assert.deepEqual(emails(await writeConfigFile('platform: x\nrules:\n  email-adress: off\n')), [], 'the last good file still turns the rule off');
  const onFile = await client.diagnostics(configUri, { from: mark });
  assert.deepEqual(onFile.diagnostics.map((d: any) => [d.range.start.line, d.severity, d.source]), [[2, 1, 'guidelint']]);
  assert.match(String(onFile.diagnostics[0].message), /\.guidelint\.yml:3: rules\.email-adress: unknown rule or guideline id/);
  const messages = client.since('window/showMessage', mark).map((m) => m.message);
  assert.equal(messages.length, 1);
  assert.match(messages[0], /^Guidelint: .*\.guidelint\.yml:3: rules\.email-adress: unknown rule or guideline id\. Linting goes on with the last configuration that worked\.$/);
  const fixed = client.mark();
  await writeConfigFile('rules:\n  email-address: off\n');
  assert.deepEqual((await client.diagnostics(configUri, { from: fixed })).diagnostics, [], 'fixing the file clears its diagnostic');
});
