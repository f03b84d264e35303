/** The default pack as users get it: bundled at build time, the same as when read from rules/packs/default/ at run time. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack, loadPack } from '../../rules/pack/index';

test('the default pack has the 14 public guideline ids, each titled and explained in English and French', () => {
  const pack = defaultPack();
  assert.deepEqual(pack.guidelines.map((g) => g.id), [
    'responsible', 'correct', 'clear', 'reasonable', 'as-yourself', 'link-dont-copy', 'endorsement',
    'conduct', 'reputation', 'privacy', 'confidentiality', 'intellectual-property', 'accessibility', 'ai-transparency',
  ]);
  assert.equal(pack.guidelines.find((g) => g.id === 'link-dont-copy')?.title.en, "Link, don't copy");
  for (const g of pack.guidelines) assert.match(g.source, /^https:\/\//);
  assert.deepEqual(pack.languages, ['en', 'fr']);
});

test('every guideline of the default pack has at least one rule, and rule ids are sorted and unique', () => {
  const pack = defaultPack();
  for (const g of pack.guidelines) assert.ok(pack.rules.some((r) => r.meta.guideline === g.id), `no rule for ${g.id}`);
  const ids = pack.rules.map((r) => r.meta.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
});

test('the bundled default pack is the pack read from rules/packs/default/ at run time', () => {
  const bundled = defaultPack();
  const fromDisk = loadPack('rules/packs/default/pack.yml');
  assert.deepEqual(fromDisk.specs.map((s) => ({ ...s.meta, kind: s.kind, detector: s.detector })), bundled.specs.map((s) => ({ ...s.meta, kind: s.kind, detector: s.detector })));
  assert.deepEqual(fromDisk.guidelines, bundled.guidelines);
});
