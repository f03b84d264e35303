import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { rulesReference } from './rules-reference';

test('rules/README.md is up to date with the rules (run `npm run docs` after changing a rule)', () => {
  assert.equal(readFileSync('rules/README.md', 'utf8'), rulesReference());
});

test('every rule has a section in the reference, which is where its docs URL points', () => {
  const reference = rulesReference();
  for (const rule of defaultPack().rules) assert.ok(reference.includes(`\n## ${rule.meta.id}\n`), rule.meta.id);
});
