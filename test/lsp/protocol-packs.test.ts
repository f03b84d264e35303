/** Protocol tests: a workspace's own guideline pack (examples/packs/acme-engineering.pack.yml) drives diagnostics, hover and quick fixes. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, rangeOf } from './lsp-client';

const EXAMPLES = resolve(process.cwd(), 'examples');
const PACK_TEXT = readFileSync(join(EXAMPLES, 'packs/acme-engineering.pack.yml'), 'utf8');
const POST = readFileSync(join(EXAMPLES, 'acme-blog/gripper-launch.md'), 'utf8');
/** The same post, with an address, in a folder with no config file: the default pack applies. */
const PLAIN_POST = `${POST}\nQuestions? Mail sam.okafor@example.org.\n`;
const ACME_RULES = ['customer-named', 'buzzword', 'personal-view', 'unreleased-date'];

let root: string;
let packFile: string;
let packUri: string;
let postUri: string;
let plainUri: string;
let client: LspClient;

/**
 * The examples copied into a fresh folder, so that the test never writes into the repository:
 * packs/acme-engineering.pack.yml, acme-blog/ with its .guidelint.yml (`packs: [../packs/…]`)
 * and its post, and plain/ with no config file.
 */
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'guidelint-packs-'));
  for (const folder of ['packs', 'acme-blog', 'plain']) mkdirSync(join(root, folder));
  packFile = join(root, 'packs/acme-engineering.pack.yml');
  writeFileSync(packFile, PACK_TEXT);
  copyFileSync(join(EXAMPLES, 'acme-blog/.guidelint.yml'), join(root, 'acme-blog/.guidelint.yml'));
  copyFileSync(join(EXAMPLES, 'acme-blog/gripper-launch.md'), join(root, 'acme-blog/gripper-launch.md'));
  writeFileSync(join(root, 'plain/gripper-launch.md'), PLAIN_POST);
  packUri = pathToFileURL(packFile).href;
  postUri = pathToFileURL(join(root, 'acme-blog/gripper-launch.md')).href;
  plainUri = pathToFileURL(join(root, 'plain/gripper-launch.md')).href;
  client = await LspClient.start({ root });
});
after(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
});

const summary = (d: any) => ({ code: d.code, range: d.range, severity: d.severity, source: d.source });

/** The diagnostics of the Acme post that the pack gives, in order. */
const ACME_DIAGNOSTICS = [
  { code: 'customer-named', range: rangeOf(POST, 'Globex now runs'), severity: 2, source: 'guidelint' },
  { code: 'buzzword', range: rangeOf(POST, 'leverage'), severity: 3, source: 'guidelint' },
  { code: 'personal-view', range: rangeOf(POST, "Acme's strategy"), severity: 2, source: 'guidelint' },
  { code: 'unreleased-date', range: rangeOf(POST, 'next gripper quietly ships in March'), severity: 2, source: 'guidelint' },
];

let opened: Promise<void> | undefined;

/** Opens the Acme post (once, so that each test also runs alone) and returns its first diagnostics. */
async function openPost() {
  await (opened ??= client.open(postUri, 'markdown', POST));
  return (await client.diagnostics(postUri, { version: 1 })).diagnostics;
}

/** Writes the pack file and reports the change as the client's file watcher would. */
async function writePack(text: string): Promise<void> {
  writeFileSync(packFile, text);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
}

/**
 * Waits until both open posts are linted again after `mark`. The server reads the config and
 * pack files of a reload before it lints a post with them, so by then every diagnostic on a
 * pack file and every message of that reload has arrived.
 */
async function relinted(mark: number): Promise<void> {
  await Promise.all([client.diagnostics(postUri, { from: mark }), client.diagnostics(plainUri, { from: mark })]);
}

test('a post under a .guidelint.yml naming the Acme pack gets the Acme diagnostics only, and a sibling folder without a config gets the default pack', async () => {
  assert.deepEqual((await openPost()).map(summary), ACME_DIAGNOSTICS, 'the Acme rules, in order, and none of the default pack (ROS is allowed, no e-mail rule)');
  await client.open(plainUri, 'markdown', PLAIN_POST);
  const plain = (await client.diagnostics(plainUri, { version: 1 })).diagnostics;
  assert.deepEqual(plain.filter((d: any) => d.code === 'email-address').map((d: any) => d.range), [rangeOf(PLAIN_POST, 'sam.okafor@example.org')]);
  assert.deepEqual(plain.filter((d: any) => ACME_RULES.includes(d.code)), [], 'the Acme pack stays in its folder');
});

test('hover over `Globex` shows the customer-names guideline of the pack and what the pattern matched', async () => {
  await openPost();
  const hover = await client.request('textDocument/hover', { textDocument: { uri: postUri }, position: rangeOf(POST, 'Globex').start });
  assert.equal(hover.contents.kind, 'markdown');
  assert.deepEqual(hover.range, rangeOf(POST, 'Globex now runs'));
  const lines: string[] = hover.contents.value.split('\n');
  assert.equal(lines[0], '**Name customers only with their consent**');
  assert.match(lines[2], /^Our customers trust us with their plans\./);
  assert.ok(lines.includes('*Matched:* customer = “Globex”'), hover.contents.value);
  assert.match(lines[lines.length - 1], /^\[Guideline source\]\(https:\/\/acme-robotics\.example\/handbook\/blogging#customers\) · \[Rule `customer-named`\]/);
});

test('the quick fix for `leverage` replaces exactly that word with `use`', async () => {
  const buzzword = (await openPost()).find((d) => d.code === 'buzzword');
  assert.ok(buzzword, 'the post has a buzzword diagnostic');
  const actions = await client.request<any[]>('textDocument/codeAction', {
    textDocument: { uri: postUri }, range: buzzword.range, context: { diagnostics: [buzzword] },
  });
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [
    ['Replace with `use`', 'quickfix', true],
    ['Ignore buzzword on this line', 'quickfix', undefined],
  ]);
  assert.deepEqual(actions[0].edit, {
    documentChanges: [{ textDocument: { uri: postUri, version: 1 }, edits: [{ range: rangeOf(POST, 'leverage'), newText: 'use' }] }],
  });
  const fixed = TextDocument.applyEdits(TextDocument.create(postUri, 'markdown', 1, POST), actions[0].edit.documentChanges[0].edits);
  assert.equal(fixed, POST.replace('We leverage a new', 'We use a new'));
});

test('a broken pack keeps the last good pack in force, gets a diagnostic on its bad key and one notification, and fixing it clears the diagnostic', async () => {
  await openPost();
  const broken = PACK_TEXT.replace('    guideline: clear\n', '    guideline: clarity\n');
  assert.notEqual(broken, PACK_TEXT);
  const badLine = rangeOf(broken, 'guideline: clarity').start.line;
  const mark = client.mark();
  await writePack(broken);
  const onPack = await client.diagnostics(packUri, { from: mark });
  assert.deepEqual(onPack.diagnostics.map((d: any) => [d.range.start.line, d.severity, d.source]), [[badLine, 1, 'guidelint']]);
  const onPackMessage = String(onPack.diagnostics[0].message);
  assert.ok(onPackMessage.startsWith(`${packFile}:${badLine + 1}: `), onPackMessage);
  assert.match(onPackMessage, /\.guideline: unknown guideline `clarity` \(the pack has customer-names, roadmap, as-yourself, clear\)\. Guidelint goes on with the last configuration that worked\.$/);
  await relinted(mark);
  const post = await client.diagnostics(postUri, { from: mark });
  assert.deepEqual(post.diagnostics.map(summary), ACME_DIAGNOSTICS, 'the last good pack still lints the post');
  const messages = client.since('window/showMessage', mark).map((m) => m.message);
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.ok(messages[0].includes(packFile), messages[0]);
  assert.match(messages[0], /unknown guideline `clarity`.*Linting goes on with the last configuration that worked\.$/);

  const fixed = client.mark();
  await writePack(PACK_TEXT);
  await relinted(fixed);
  assert.deepEqual((await client.diagnostics(postUri, { from: fixed })).diagnostics.map(summary), ACME_DIAGNOSTICS);
  const packAfterFix = client.since('textDocument/publishDiagnostics', fixed).filter((p) => p.uri === packUri);
  assert.deepEqual(packAfterFix.map((p) => p.diagnostics), [[]], 'fixing the pack clears its diagnostic');
});
