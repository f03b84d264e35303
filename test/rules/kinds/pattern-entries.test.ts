/** Pattern entries in phrase rules: entries that give `patterns` instead of `phrases`, with the pack's classes. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPack } from '../../../rules/pack/index';
import { lint } from '../../../server/src/engine/index';

const dir = mkdtempSync(join(tmpdir(), 'guidelint-pattern-entries-'));

/** A French pack with one phrase rule whose `fr` section is `section` (YAML indented under `fr:`). */
function packWith(section: string) {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.pack.yml`);
  writeFileSync(file, [
    'id: test', 'name: Test pack', 'languages: [fr]', 'organisation: { names: [Globex], contact: press@globex.example }',
    'guidelines:', '  - { id: tone, title: Le ton, text: Restez calme., source: https://globex.example/tone }',
    'classes:', '  fr:', '    ANGRY: [furieux, furieuse, en colère, hors de moi]',
    'rules:', '  - id: anger', '    guideline: tone', '    description: Pas de colère.', '    kind: phrase', '    fr:', section, '',
  ].join('\n'));
  return loadPack(file);
}

const found = (pack: ReturnType<typeof loadPack>, text: string, format: 'text' | 'markdown' = 'text') =>
  lint(text, { pack, format, language: 'fr' }).map((f) => f.actual);

const rule = [
  '      messages: { default: "Attendez\u00a0: `{actual}`." }',
  '      entries:',
  '        - { id: words, phrases: [coup de gueule, je suis furieux] }',
  '        - id: angry',
  '          patterns: ["(je suis | suis) (vraiment | tellement)? @ANGRY"]',
  '          unless: ["pas (vraiment)? @ANGRY"]',
].join('\n');

test('a phrase rule matches its pattern entries, with the pack\'s classes and the rule\'s message', () => {
  const pack = packWith(rule);
  assert.deepEqual(found(pack, 'Coup de gueule : je suis vraiment furieuse.'), ['Coup de gueule', 'je suis vraiment furieuse']);
  assert.deepEqual(lint('Je suis hors de moi.', { pack, format: 'text', language: 'fr' }).map((f) => f.message), ['Attendez\u00a0: `Je suis hors de moi`.']);
});

test('where a phrase and a pattern match the same words, the longer match is the one finding', () => {
  assert.deepEqual(found(packWith(rule), 'Je suis furieux.'), ['Je suis furieux']);
  assert.deepEqual(found(packWith(rule), 'Je suis tellement furieux.'), ['Je suis tellement furieux']);
});

test('`unless` keeps a pattern entry quiet in its sentence only', () => {
  assert.deepEqual(found(packWith(rule), 'Je ne suis pas vraiment furieux. Mais je suis en colère.'), ['je suis en colère']);
});

test('pattern entries do not read block quotes, which are someone else\'s words', () => {
  assert.deepEqual(found(packWith(rule), '> Je suis en colère, écrit-il.\n\nJe cite.\n', 'markdown'), []);
});

test('a broken pattern entry is reported when the pack loads, naming the entry', () => {
  assert.throws(() => packWith(rule.replace('@ANGRY"]', '@FURY"]')), /unknown class @FURY/);
  assert.throws(() => packWith('      messages: { default: "x" }\n      entries: [{ id: both, phrases: [a], patterns: [b] }]'), /either `phrases` or `patterns`/);
});

test('a capture named `marker` is the range reported, the rest of the match is context', () => {
  const pack = packWith([
    '      messages: { default: "Attendez\u00a0: `{actual}`." }',
    '      entries:',
    '        - id: angry',
    '          patterns: ["marker=(je suis @ANGRY) *{0,3} (contre | après) (eux | lui | elle)"]',
  ].join('\n'));
  assert.deepEqual(found(pack, 'Je suis furieux, vraiment, contre eux. Je suis furieux de joie.'), ['Je suis furieux']);
});
