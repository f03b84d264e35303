/** Config files: found by walking up from the linted file, precedence of their layers, and errors that name file, line and key. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, findConfigFile, parseConfigText } from '../../server/src/config/config-file';
import { configFileFor, loadConfig } from '../../server/src/config/resolve';
import { lint } from '../../server/src/engine/lint';

const root = mkdtempSync(join(tmpdir(), 'guidelint-config-file-'));
mkdirSync(join(root, 'blog', 'drafts'), { recursive: true });
mkdirSync(join(root, 'news'));
writeFileSync(join(root, '.guidelint.yml'), 'rules:\n  email-address: error\n');
writeFileSync(join(root, 'news', '.guidelint.json'), '{ "rules": { "privacy": "off" }, "allow": ["SRF"] }');

test('the nearest config file above a post applies: .guidelint.yml, .guidelint.yaml or .guidelint.json', () => {
  assert.equal(configFileFor(join(root, 'blog', 'drafts', 'post.md')), join(root, '.guidelint.yml'));
  assert.equal(configFileFor(join(root, 'news', 'post.md')), join(root, 'news', '.guidelint.json'));
  assert.equal(findConfigFile(join(tmpdir(), 'no-such-folder-guidelint')), findConfigFile(tmpdir()));
});

test('front matter and inline comments win over the config file (config file < front matter < inline comments)', () => {
  const config = loadConfig(join(root, '.guidelint.yml'));
  const text = '---\nplatform: x\n---\n\nWrite to jane@example.org.\n\n<!-- guidelint-disable-next-line email-address -->\nOr to bob@example.org.\n';
  const findings = lint(text, { pack: config.pack, format: 'markdown', settings: { ...config.settings, platform: 'blog' } });
  assert.deepEqual(findings.filter((f) => f.ruleId === 'email-address').map((f) => [f.actual, f.severity]), [['jane@example.org', 'error']]);
});

test('`allow` drops findings whose text is an allowed term, whatever the rule', () => {
  const config = loadConfig(join(root, 'news', '.guidelint.json'));
  const findings = lint('The SRF cavities and the LHC run.', { pack: config.pack, format: 'text', settings: config.settings });
  assert.deepEqual(findings.filter((f) => f.ruleId === 'acronym-first-use').map((f) => f.actual), ['LHC']);
});

test('rules take a severity or { severity, options }; vocabulary lists extend the pack\'s rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-lists-'));
  writeFileSync(join(dir, '.guidelint.yml'), [
    'rules:', '  jargon: { severity: warn }', 'acronyms: { WPX: Work Package X }',
    'jargon: { cryomodule: cold vessel }', 'functionalAddresses: [jane.doe@example.org]', '',
  ].join('\n'));
  const config = loadConfig(join(dir, '.guidelint.yml'));
  const findings = lint('The WPX cryomodule is cold. Write to jane.doe@example.org.', { pack: config.pack, format: 'text', settings: config.settings });
  assert.deepEqual(findings.map((f) => [f.ruleId, f.actual, f.severity, f.expected]), [
    ['acronym-first-use', 'WPX', 'info', ['Work Package X (WPX)']],
    ['jargon', 'cryomodule', 'warning', ['cold vessel']],
  ]);
});

test('a bad config file is one error naming the file, the line and the key', () => {
  const cases: [string, RegExp][] = [
    ['platform: x\nrulez: {}\n', /^c\.yml:2: rulez: unknown setting \(known: packs, language, rules/],
    ['rules:\n  privacy: loud\n', /^c\.yml:2: rules\.privacy: severity must be off, info, warn or error, not `loud`$/],
    ['rules:\n  privacy: { severity: off, level: 2 }\n', /^c\.yml:2: rules\.privacy\.level: expected severity or options$/],
    ['packs: []\n', /^c\.yml:1: packs: name at least one pack/],
    ['language: de\n', /^c\.yml:1: language: expected en, fr or auto, not `de`$/],
    ['rules: [oops\n', /^c\.yml:2: not valid YAML/],
    ['acronyms: { SRF: 3 }\n', /^c\.yml:1: acronyms\.SRF: expected a text$/],
  ];
  for (const [text, message] of cases) assert.throws(() => parseConfigText(text, 'c.yml', root), (e: unknown) => e instanceof ConfigError && message.test(e.message), text);
});

test('an unknown rule id is found against the packs the file names, on its line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-ids-'));
  writeFileSync(join(dir, '.guidelint.yml'), 'platform: x\nrules:\n  email-adress: off\n');
  assert.throws(() => loadConfig(join(dir, '.guidelint.yml')), /\.guidelint\.yml:3: rules\.email-adress: unknown rule or guideline id/);
});

test('a config path that is a folder is a clear error, not a crash', () => {
  assert.throws(() => loadConfig(root), /is a folder, not a file/);
});

test('rule options replace a data field of the rule in every language; an unknown option is an error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-options-'));
  writeFileSync(join(dir, '.guidelint.yml'), 'rules:\n  long-sentence: { options: { maximumWords: 8 } }\n');
  const config = loadConfig(join(dir, '.guidelint.yml'));
  const text = 'This sentence has exactly nine words in it, see.';
  assert.deepEqual(lint(text, { pack: config.pack, format: 'text', settings: config.settings }).map((f) => f.ruleId), ['long-sentence']);
  writeFileSync(join(dir, '.guidelint.yml'), 'rules:\n  long-sentence: { options: { maxWords: 8 } }\n');
  assert.throws(() => loadConfig(join(dir, '.guidelint.yml')), /\.guidelint\.yml:2: rules\.long-sentence\.options\.maxWords: rule `long-sentence` has no option `maxWords` \(its options are the data fields of its file, e\.g\. maximumWords/);
});

test('keys that name a property every object has are errors, at any depth, not values or silence (issue 12, 3d)', () => {
  const fails = (text: string) => assert.throws(() => parseConfigText(text, '.guidelint.yml', root), ConfigError);
  assert.throws(() => parseConfigText('platform: constructor\n', '.guidelint.yml', root), /\.guidelint\.yml:1: platform: unknown platform `constructor`/);
  assert.throws(() => parseConfigText('audience: general\nrules:\n  __proto__: off\n', '.guidelint.yml', root), /\.guidelint\.yml:3: rules\.__proto__: `__proto__` is not a valid key here/);
  fails('acronyms: { constructor: Object builder }\n');
  fails('jargon:\n  toString: a text\n');
  fails('rules:\n  email-address: { severity: warn, options: { hasOwnProperty: 1 } }\n');
  assert.throws(() => lint('Hi.\n', { pack: loadConfig(undefined).pack, format: 'text', settings: { platform: 'toString' } }), /unknown platform `toString`/);
  assert.throws(() => lint('Hi.\n', { pack: loadConfig(undefined).pack, format: 'text', settings: JSON.parse('{"rules":{"__proto__":"off"}}') }), /unknown rule or guideline id `__proto__`/);
});
