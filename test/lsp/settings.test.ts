/** The server's configuration: each bad editor key keeps its default; the config file wins over the editor's settings. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { combine, DEFAULT_CONFIG, readEditorSection } from '../../server/src/lsp/settings';

test('the defaults: enabled, language auto, 200 ms debounce, no engine settings', () => {
  assert.deepEqual(readEditorSection(undefined), { config: DEFAULT_CONFIG, errors: [] });
  assert.equal(DEFAULT_CONFIG.debounceMs, 200);
});

test('editor defaults for unset keys (null, empty string, empty map) mean "not set"', () => {
  const { config, errors } = readEditorSection({ platform: '', rules: {}, audience: null, organisation: [], allow: [], trace: { server: 'off' } });
  assert.deepEqual([config, errors], [DEFAULT_CONFIG, []]);
});

test('valid settings are read', () => {
  const { config, errors } = readEditorSection({ enable: false, language: 'fr', debounceMs: 0, rules: { privacy: 'warn' }, platform: 'Mastodon', audience: 'expert', organisation: ['ACME'], allow: ['SRF'] });
  assert.deepEqual(errors, []);
  assert.deepEqual(config, { enable: false, language: 'fr', debounceMs: 0, settings: { rules: { privacy: 'warn' }, platform: 'mastodon', audience: 'expert', organisation: ['ACME'], allow: ['SRF'] } });
});

test('each invalid key keeps its default and says what is wrong; the valid keys still apply', () => {
  const { config, errors } = readEditorSection({ enable: 'yes', language: 'de', debounceMs: -5, rules: { privacy: 'loud' }, audience: 'expert' });
  assert.deepEqual(config, { ...DEFAULT_CONFIG, settings: { audience: 'expert' } });
  assert.deepEqual(errors, [
    '`guidelint.enable` must be true or false',
    '`guidelint.language` must be en, fr or auto, not `de`',
    '`guidelint.debounceMs` must be a number of milliseconds ≥ 0, not `-5`',
    '`guidelint.rules`: `rules.privacy` must be one of off, info, warn, error, not `loud`',
  ]);
});

test('the config file wins over the editor key by key, rules merge by id; editor ids the pack lacks are dropped and reported', () => {
  const editor = readEditorSection({ platform: 'linkedin', audience: 'expert', rules: { 'email-address': 'info', privacy: 'warn', nope: 'off' } }).config;
  const file = { pack: defaultPack(), settings: { platform: 'x', organisation: ['ACME Labs'], rules: { privacy: 'error' as const } }, language: 'fr' as const };
  const { config, errors } = combine(editor, file);
  assert.deepEqual(config.settings, { platform: 'x', audience: 'expert', organisation: ['ACME Labs'], rules: { 'email-address': 'info', privacy: 'error' } });
  assert.equal(config.language, 'fr');
  assert.equal(config.pack, file.pack);
  assert.deepEqual(errors, ['`guidelint.rules`: unknown rule or guideline id `nope`']);
});
