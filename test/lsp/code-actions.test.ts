/** Code actions without a server: fix-all takes safe, non-overlapping fixes only; kinds filter by hierarchy. */
import { defaultPack } from '../../rules/pack/index';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodeActionKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND, kindRequested } from '../../server/src/lsp/code-actions';
import { EngineLinters, lintDocument } from '../../server/src/lsp/lint-document';
import { DEFAULT_CONFIG } from '../../server/src/lsp/settings';
import { rangeOf } from './lsp-client';

const text = 'Mail jane.doe@example.org or bob.martin@example.com today.\n';
const document = TextDocument.create('file:///post.md', 'markdown', 3, text);
const result = lintDocument(document, { ...DEFAULT_CONFIG, pack: defaultPack() }, new EngineLinters(() => {}))!;
const fixAllParams = { textDocument: { uri: document.uri }, range: rangeOf(text, 'Mail'), context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] } };

test('fix-all applies every fix of the rules marked safe, in one versioned edit', () => {
  const actions = codeActions(fixAllParams, { document, result, safeRules: new Set(['email-address']), documentChanges: true });
  assert.deepEqual(actions, [{
    title: 'Fix all safe Guidelint problems',
    kind: FIX_ALL_KIND,
    edit: { documentChanges: [{ textDocument: { uri: document.uri, version: 3 }, edits: [
      { range: rangeOf(text, 'jane.doe@example.org'), newText: '[redacted]' },
      { range: rangeOf(text, 'bob.martin@example.com'), newText: '[redacted]' },
    ] }] },
  }]);
});

test('fix-all offers nothing when no safe rule has a fix, and uses `changes` for clients without documentChanges', () => {
  assert.deepEqual(codeActions(fixAllParams, { document, result, safeRules: new Set(), documentChanges: true }), []);
  const [action] = codeActions(fixAllParams, { document, result, safeRules: new Set(['email-address']), documentChanges: false });
  assert.deepEqual(Object.keys(action.edit!), ['changes']);
  assert.equal(action.edit!.changes![document.uri].length, 2);
});

test('fix-all skips a fix that overlaps one already taken', () => {
  const overlapping = { ...result, findings: [...result.findings, { ...result.findings[0], ruleId: 'other', fixes: [{ title: 'x', edits: [{ start: 6, end: 8, text: '!' }] }] }] };
  const [action] = codeActions(fixAllParams, { document, result: overlapping, safeRules: new Set(['email-address', 'other']), documentChanges: false });
  assert.deepEqual(action.edit!.changes![document.uri].map((e) => e.newText), ['[redacted]', '[redacted]']);
});

test('a diagnostic without data (a client dropped it) still gets its fix from the latest result', () => {
  const diagnostic = { range: rangeOf(text, 'bob.martin@example.com'), message: 'm', source: 'guidelint', code: 'email-address' };
  const actions = codeActions({ textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
    { document, result, safeRules: new Set(), documentChanges: false });
  assert.deepEqual(actions.map((a) => a.title), ['Redact', 'Ignore email-address on this line']);
});

test('requested kinds match by hierarchy; source actions only when asked for', () => {
  assert.equal(kindRequested(undefined, 'quickfix'), true);
  assert.equal(kindRequested(undefined, FIX_ALL_KIND), false);
  assert.equal(kindRequested(['source'], FIX_ALL_KIND), true);
  assert.equal(kindRequested(['source.fixAll'], FIX_ALL_KIND), true);
  assert.equal(kindRequested(['source.fix'], FIX_ALL_KIND), false);
  assert.equal(kindRequested(['quickfix'], FIX_ALL_KIND), false);
});
