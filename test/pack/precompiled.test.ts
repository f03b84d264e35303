/**
 * The default pack's class tries and pattern indexes compiled at build time
 * (rules/pack/precompile.ts, `guidelint:precompiled`) are exactly what the run-time compiler
 * builds from the pack as it is now, and linting with them gives the same findings as
 * compiling at run time: over every example of the pack and the sample posts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import bundled from 'guidelint:precompiled';
import { precompiledHits, usePrecompiled, type PrecompiledTable } from '../../rules/kinds/pattern/precompiled';
import { defaultPack } from '../../rules/pack/index';
import { precompileDefaultPack } from '../../rules/pack/precompile';
import { packExamples } from '../../server/src/cli/pack-examples';
import { lint } from '../../server/src/engine/lint';
import type { Language, Settings } from '../../server/src/engine/types';

const table = bundled as PrecompiledTable;

test('the bundled table is what the run-time compiler builds from the default pack now (not stale)', () => {
  try {
    const fresh = precompileDefaultPack();
    assert.deepEqual(Object.keys(fresh), Object.keys(table));
    for (const key of Object.keys(fresh)) assert.equal(fresh[key], table[key], `entry ${key} differs from a fresh compile`);
    // Tries and indexes of both languages.
    assert.equal(Object.keys(table).filter((k) => k.startsWith('tries:')).length, 2);
    assert.ok(Object.keys(table).filter((k) => k.startsWith('index:')).length >= 2);
    // Both dictionaries are known sorted.
    assert.equal(Object.keys(table).filter((k) => k.startsWith('sorted:')).length, 2);
  } finally {
    usePrecompiled(table);
  }
});

interface Text {
  text: string;
  format: 'markdown' | 'text';
  language?: Language;
  settings?: Settings;
}

/** The pack's examples in their languages, and the sample posts with and without settings that add a rule segment of their own. */
function texts(): Text[] {
  const all: Text[] = packExamples(defaultPack()).map((e) => ({ text: e.text, format: 'text', language: e.language }));
  const files = ['examples', 'test/fixtures/posts'].flatMap((dir) => readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n)).map((n) => join(dir, n)));
  for (const name of files) {
    const text = readFileSync(name, 'utf8');
    const format = name.endsWith('.md') ? 'markdown' : 'text';
    all.push({ text, format }, { text, format, settings: { organisation: ['ACME Labs', 'the Lab'], platform: 'x' } });
  }
  return all;
}

/** Findings of every text with a pack compiled afresh under `entries`. */
function findingsWith(entries: PrecompiledTable, all: readonly Text[]): unknown[] {
  usePrecompiled(entries);
  try {
    // Options make defaultPack compile a new pack (new classes, new shared indexes), not reuse the cached one.
    const pack = defaultPack({ options: {} });
    return all.map(({ text, format, language, settings }) => lint(text, { pack, format, language, settings }));
  } finally {
    usePrecompiled(table);
  }
}

test('findings are the same with the build-time table and with a run-time compile', () => {
  const all = texts();
  assert.ok(all.length > 1000);
  const compiled = findingsWith({}, all);
  const before = precompiledHits();
  const stored = findingsWith(table, all);
  assert.ok(precompiledHits() - before >= 4, 'the table was used');
  assert.deepEqual(stored, compiled);
  assert.ok(compiled.some((findings) => (findings as unknown[]).length > 0));
});
