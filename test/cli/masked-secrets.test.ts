/**
 * Secrets are never printed in clear (issue 12, item 6): the CLI's stylish and JSON output and
 * the language server's diagnostics and hover show a masked form (`ghp_abcd…6789`); the fix
 * still removes the whole secret.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { maskSecret } from '../../rules/kinds/redaction';
import { defaultPack } from '../../rules/pack/index';
import { applyFixes, lint } from '../../server/src/engine/index';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { hover } from '../../server/src/lsp/hover';

const cli = join(process.cwd(), 'server/out/cli.js');
const secrets = ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'Muon2024!', 'Qu4rk!7', '4471', 'Bobine#2024'];
const post = [
  'Token for the bot: ghp_abcdefghijklmnopqrstuvwxyz0123456789 (oops).',
  'Log in with the group account (password: Muon2024!) until yours is ready.',
  'The demo PC signs in as shifter with Qu4rk!7, ask first.',
  'The side door code is 4471.',
  '',
].join('\n\n');

test('the mask keeps a quarter of the secret\'s start (eight characters at most) and, for a long one, its last four', () => {
  assert.equal(maskSecret('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'ghp_abcd…6789');
  assert.equal(maskSecret('Muon2024!', false), 'Mu…');
  assert.equal(maskSecret('4471'), '4…');
  assert.equal(maskSecret('x'), '…');
  assert.equal(maskSecret('😀😀😀😀😀😀😀😀'), '😀😀…', 'characters, not UTF-16 units');
});

test('the CLI shows masked secrets in both formats, and --fix removes every secret whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-secrets-'));
  const file = join(dir, 'post.txt');
  writeFileSync(file, post);
  const stylish = spawnSync('node', [cli, file], { encoding: 'utf8' });
  const json = spawnSync('node', [cli, '--format', 'json', file], { encoding: 'utf8' });
  for (const output of [stylish.stdout, stylish.stderr, json.stdout, json.stderr]) {
    for (const secret of secrets) assert.ok(!output.includes(secret), `\`${secret}\` printed in clear`);
  }
  const messages = JSON.parse(json.stdout)[0].messages as { ruleId: string; message: string }[];
  assert.deepEqual(messages.filter((m) => m.ruleId === 'secret' || m.ruleId === 'access-code').map((m) => /`([^`]*)`/.exec(m.message)![1]), [
    'ghp_abcd…6789', 'password: Mu…', 'signs in as shifter with Q…', 'door code is 4…',
  ]);
  // The redaction fixes (suggestions, so applied here one by one as the editor would) remove each secret whole.
  const findings = lint(post, { pack: defaultPack(), format: 'text' }).filter((f) => f.ruleId === 'secret' || f.ruleId === 'access-code');
  const fixed = applyFixes(post, findings);
  for (const secret of secrets) assert.ok(!fixed.includes(secret), `\`${secret}\` left by the fix`);
  assert.equal(readFileSync(file, 'utf8'), post);
});

test('the language server\'s diagnostics and hover show only the masked form', () => {
  const document = TextDocument.create('file:///post.txt', 'plaintext', 1, post);
  const pack = defaultPack();
  const findings = lint(post, { pack, format: 'text' });
  const result = { uri: document.uri, version: 1, format: 'text' as const, language: 'en' as const, findings, unchecked: [] };
  const shown = [
    ...toDiagnostics(document, result).map((d) => d.message),
    ...findings.map((f) => JSON.stringify(hover(document, document.positionAt(f.start), result, pack))),
  ].join('\n');
  for (const secret of secrets) assert.ok(!shown.includes(secret), `\`${secret}\` shown in clear`);
  assert.ok(shown.includes('ghp_abcd…6789'));
});
