/** The server's configuration: each bad key keeps its default, editor settings win over .guidelint.yml. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack';
import { rules } from '../../rules/index';
import { knownIds } from '../../server/src/engine/lint';
import { combine, DEFAULT_CONFIG, readEditorSection, readWorkspaceFile } from '../../server/src/lsp/settings';

const known = knownIds(rules, defaultPack);

test('the defaults: enabled, language auto, 200 ms debounce, no engine settings', () => {
  assert.deepEqual(readEditorSection(undefined, known), { config: DEFAULT_CONFIG, errors: [] });
  assert.equal(DEFAULT_CONFIG.debounceMs, 200);
});

test('editor defaults for unset keys (null, empty string, empty map) mean "not set"', () => {
  const { config, errors } = readEditorSection({ platform: '', rules: {}, audience: null, trace: { server: 'off' } }, known);
  assert.deepEqual([config, errors], [DEFAULT_CONFIG, []]);
});

test('valid settings are read', () => {
  const { config, errors } = readEditorSection({ enable: false, language: 'fr', debounceMs: 0, rules: { privacy: 'warn' }, platform: 'Mastodon', audience: 'expert' }, known);
  assert.deepEqual(errors, []);
  assert.deepEqual(config, { enable: false, language: 'fr', debounceMs: 0, settings: { rules: { privacy: 'warn' }, platform: 'mastodon', audience: 'expert' } });
});

test('each invalid key keeps its default and says what is wrong; the valid keys still apply', () => {
  const { config, errors } = readEditorSection({ enable: 'yes', language: 'de', debounceMs: -5, rules: { nope: 'off' }, audience: 'expert' }, known);
  assert.deepEqual(config, { ...DEFAULT_CONFIG, settings: { audience: 'expert' } });
  assert.deepEqual(errors, [
    '`guidelint.enable` must be true or false',
    '`guidelint.language` must be en, fr or auto, not `de`',
    '`guidelint.debounceMs` must be a number of milliseconds ≥ 0, not `-5`',
    '`guidelint.rules`: `rules`: unknown rule or guideline id `nope`',
  ]);
});

test('.guidelint.yml is read from the workspace root; the editor\'s settings win key by key, rules merge by id', () => {
  const root = mkdtempSync(join(tmpdir(), 'guidelint-settings-'));
  try {
    assert.deepEqual(readWorkspaceFile(root, known), { settings: {} });
    writeFileSync(join(root, '.guidelint.yml'), 'platform: tweet\norganisation: [ACME Labs]\nrules:\n  privacy: error\n  email-address: off\n');
    const file = readWorkspaceFile(root, known);
    const editor = readEditorSection({ platform: 'linkedin', rules: { 'email-address': 'info' } }, known);
    assert.deepEqual(combine(editor, file).config.settings, {
      platform: 'linkedin', organisation: ['ACME Labs'], rules: { privacy: 'error', 'email-address': 'info' },
    });
    writeFileSync(join(root, '.guidelint.yml'), 'rules: [oops\n');
    const broken = readWorkspaceFile(root, known);
    assert.deepEqual(broken.settings, {});
    assert.match(broken.error ?? '', /^\.guidelint\.yml: not valid YAML/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
