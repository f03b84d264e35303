/** The shipped JSON Schemas (what VS Code completes and checks) accept every pack, rule and config file we ship, and reject what the loader rejects. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { STARTER_CONFIG } from '../../server/src/cli/init';

const schema = (name: string) => JSON.parse(readFileSync(`rules/schemas/${name}.schema.json`, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema('rule'), 'rule.schema.json');
const validatePack = ajv.compile(schema('pack'));
const validateRule = ajv.getSchema('rule.schema.json')!;
const validateConfig = ajv.compile(schema('config'));
const yaml = (file: string) => parse(readFileSync(file, 'utf8'));

function ruleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? ruleFiles(path) : [path];
  });
}

test('the default pack file and the example pack match the pack schema', () => {
  for (const file of ['rules/packs/default/pack.yml', 'examples/packs/acme-engineering.pack.yml']) {
    assert.ok(validatePack(yaml(file)), `${file}: ${ajv.errorsText(validatePack.errors)}`);
  }
});

test('every rule file of the default pack matches the rule schema', () => {
  const files = readdirSync('rules/packs/default', { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => ruleFiles(join('rules/packs/default', e.name)));
  assert.ok(files.length > 40);
  for (const file of files) assert.ok(validateRule(yaml(file)), `${file}: ${ajv.errorsText(validateRule.errors)}`);
});

test('the starter config and the example config match the config schema; a typo does not', () => {
  for (const [name, data] of [['--init', parse(STARTER_CONFIG)], ['examples/acme-blog', yaml('examples/acme-blog/.guidelint.yml')]] as const) {
    assert.ok(validateConfig(data), `${name}: ${ajv.errorsText(validateConfig.errors)}`);
  }
  assert.equal(validateConfig({ rulez: {} }), false);
  assert.equal(validateConfig({ rules: { privacy: 'loud' } }), false);
});
