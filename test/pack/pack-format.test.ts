/** Packs as data: every rule kind with its fix, loading errors with file, line and key, and the example pack. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPack } from '../../rules/pack/index';
import { applyFixes, lint } from '../../server/src/engine/index';
import { exampleFailure, packExamples } from '../../server/src/cli/pack-examples';

const dir = mkdtempSync(join(tmpdir(), 'guidelint-pack-'));

/** Writes a pack with the given rules (YAML text indented under `rules:`) and loads it. */
function packWith(rules: string, extra = '') {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.pack.yml`);
  writeFileSync(file, [
    'id: test', 'name: Test pack', 'languages: [en]', 'organisation: { names: [Globex], contact: press@globex.example }',
    'guidelines:', '  - { id: tone, title: Mind the tone, text: Be kind., source: https://globex.example/tone }', extra, 'rules:', rules, '',
  ].join('\n'));
  return { file, pack: loadPack(file) };
}

const findings = (pack: ReturnType<typeof loadPack>, text: string) => lint(text, { pack, format: 'text' });

test('phrase: each phrase is found as words, case-insensitively, with the message filled in', () => {
  const { pack } = packWith(`  - id: sneer\n    guideline: tone\n    description: No sneering.\n    kind: phrase\n    en:\n      messages: { default: "Drop \`{actual}\`." }\n      entries: [{ id: obviously, phrases: [obviously, as everyone knows] }]`);
  assert.deepEqual(findings(pack, 'Obviously, as everyone knows, it works.').map((f) => [f.ruleId, f.guideline, f.actual, f.message]),
    [['sneer', 'tone', 'Obviously', 'Drop `Obviously`.'], ['sneer', 'tone', 'as everyone knows', 'Drop `as everyone knows`.']]);
});

test('phrase and pattern entries with `expected` offer it as the fix, replacing exactly the match', () => {
  const { pack } = packWith([
    `  - id: hedge\n    guideline: tone\n    description: No hedging.\n    fix: suggestion\n    kind: phrase\n    en:\n      messages: { default: "Use \`{expected}\`." }\n      entries: [{ id: a, phrases: [kind of], expected: [somewhat] }]`,
    `  - id: filler\n    guideline: tone\n    description: No filler.\n    fix: suggestion\n    kind: pattern\n    en:\n      messages: { default: "Use \`{expected}\`." }\n      entries: [{ id: a, patterns: ["at this (point | moment) in time"], expected: [now] }]`,
  ].join('\n'));
  const text = 'It is kind of done at this moment in time.';
  const found = findings(pack, text);
  assert.deepEqual(found.map((f) => [f.ruleId, f.fixes[0].title]), [['hedge', 'Replace with `somewhat`'], ['filler', 'Replace with `now`']]);
  assert.equal(applyFixes(text, found), 'It is somewhat done now.');
});

test('substitution: the replacement is the fix, with the case of the text it replaces', () => {
  const { pack } = packWith(`  - id: plain\n    guideline: tone\n    description: Plain words.\n    fix: safe\n    kind: substitution\n    en:\n      messages: { default: "Use \`{expected}\`." }\n      entries: [{ id: utilise, phrases: [utilise], expected: [use] }]`);
  const text = 'Utilise the tools we utilise.';
  assert.equal(applyFixes(text, findings(pack, text)), 'Use the tools we use.');
});

test('occurrence: a run over the limit is one finding; exclamation runs are fixed to one mark', () => {
  const { pack } = packWith(`  - id: calm\n    guideline: tone\n    description: One mark.\n    fix: safe\n    kind: occurrence\n    en:\n      messages: { default: "One \`!\` is enough." }\n      of: exclamation\n      minimum: 2`);
  const text = 'Done!! Really?!!';
  assert.deepEqual(findings(pack, text).map((f) => f.actual), ['!!', '?!!']);
  assert.equal(applyFixes(text, findings(pack, text)), 'Done! Really?!');
});

test('required: a topic without the required phrase is reported once; the fix appends the pack\'s text', () => {
  const { pack } = packWith(`  - id: views\n    guideline: tone\n    description: Say it is your view.\n    fix: suggestion\n    kind: required\n    en:\n      messages: { default: "Add \`{expected}\`." }\n      insert: "Views my own, not {organisation}'s."\n      entries:\n        - { id: topic, role: topic, phrases: ["{organisation}'s plan"] }\n        - { id: own, role: required, phrases: [views my own] }`);
  const text = "Globex's plan is odd.\nSo is Globex's plan B.\n";
  const [finding, ...rest] = findings(pack, text);
  assert.deepEqual([finding.actual, rest.length], ["Globex's plan", 0]);
  assert.equal(applyFixes(text, [finding]), "Globex's plan is odd.\nSo is Globex's plan B.\n\nViews my own, not Globex's.\n");
  assert.deepEqual(findings(pack, "Globex's plan is odd. Views my own."), []);
});

test('pattern: classes, stems, an inserted adverb, another tense and a possessive; captures in the message', () => {
  const { pack } = packWith(
    `  - id: blame\n    guideline: tone\n    description: No blaming.\n    kind: pattern\n    en:\n      messages: { default: "Criticise the work, not \`{who}\`." }\n      entries:\n        - id: blame\n          patterns: ["who=@BOSS (is | was | were)? *{0,2} what=~lazy"]\n          unless: ["(joke | joking)"]`,
    'classes:\n  en:\n    BOSS: [the manager, the board, Globex]');
  assert.deepEqual(findings(pack, "The board was utterly lazy. Globex's laziness shows.").map((f) => [f.actual, f.message, f.matched]), [
    ['The board was utterly lazy', 'Criticise the work, not `The board`.', { who: 'The board', what: 'lazy' }],
    ["Globex's laziness", "Criticise the work, not `Globex's`.", { who: "Globex's", what: 'laziness' }],
  ]);
  assert.deepEqual(findings(pack, 'Joking aside, the manager is lazy.'), []);
});

test('detector: a built-in detector named by the pack runs with the pack\'s data', () => {
  const { pack } = packWith(`  - id: mail\n    guideline: tone\n    description: No addresses.\n    fix: suggestion\n    kind: detector\n    detector: email-address\n    en:\n      messages: { default: "Remove \`{actual}\`." }\n      roleWords: [press]`);
  assert.deepEqual(findings(pack, 'Mail jane@globex.example or press@globex.example.').map((f) => [f.ruleId, f.actual, f.fixes[0].title]), [['mail', 'jane@globex.example', 'Redact']]);
});

test('pack errors name the file, the line and the key', () => {
  const cases: [string, string, RegExp][] = [
    ['  - id: x\n    guideline: nope\n    description: X.\n    kind: phrase\n    en: { entries: [] }', '', /:10: rules\[0\]\.guideline: unknown guideline `nope`/],
    ['  - id: x\n    guideline: tone\n    description: X.\n    kind: detector\n    detector: teleport\n    en: {}', '', /:13: rules\[0\]\.detector: unknown detector `teleport` \(built-in: /],
    ['  - id: x\n    guideline: tone\n    description: X.\n    kind: magic\n    en: {}', '', /:12: rules\[0\]\.kind: expected one of phrase, pattern, substitution, occurrence, required, detector/],
    ['  - id: x\n    guideline: tone\n    description: X.\n    kind: pattern\n    en:\n      messages: { default: x }\n      entries: [{ id: a, patterns: ["@NOPE"] }]', '', /:15: rules\[0\]\.en\.entries\[0\]\.patterns\[0\]: .*unknown class @NOPE/],
    ['  - id: x\n    guideline: tone\n    description: X.\n    kind: phrase\n    de: {}', '', /:13: rules\[0\]\.de: unknown key/],
  ];
  for (const [rules, extra, message] of cases) assert.throws(() => packWith(rules, extra), message, rules);
});

test('the example pack (examples/packs/) passes its own examples: what --test-pack checks', () => {
  const pack = loadPack('examples/packs/acme-engineering.pack.yml');
  const examples = packExamples(pack);
  assert.ok(examples.length >= 12);
  assert.deepEqual(examples.map((e) => exampleFailure(pack, e)).filter(Boolean), []);
  assert.deepEqual(pack.guidelines.map((g) => g.id), ['customer-names', 'roadmap', 'as-yourself', 'clear']);
});

test('defersTo: a rule gives way where a rule it defers to reports the same words, and only there', () => {
  const rule = (id: string, phrase: string, extra = '') => `  - id: ${id}\n    guideline: tone\n    description: ${id}.\n    kind: phrase\n${extra}    en:\n      messages: { default: "${id}" }\n      entries: [{ id: a, phrases: [${phrase}] }]`;
  const { pack } = packWith([rule('broad', 'so lazy', '    defersTo: [narrow]\n'), rule('narrow', 'lazy')].join('\n'));
  assert.deepEqual(findings(pack, 'You are so lazy. So lazy.').map((f) => [f.ruleId, f.actual]), [['narrow', 'lazy'], ['narrow', 'lazy']]);
  assert.deepEqual(findings(pack, 'It is so lazy').map((f) => f.ruleId), ['narrow']);
  const { pack: alone } = packWith(rule('broad', 'so lazy', '    defersTo: [narrow]\n'));
  assert.deepEqual(findings(alone, 'It is so lazy').map((f) => [f.ruleId, f.actual]), [['broad', 'so lazy']]);
});

test('composed packs: all rules and guidelines apply, a later pack replaces a rule or guideline with its id, and its organisation wins', async () => {
  const { composePacks } = await import('../../server/src/config/packs');
  const { defaultPack } = await import('../../rules/pack/index');
  const { pack: own } = packWith(`  - id: email-address\n    guideline: tone\n    description: Addresses are fine here.\n    kind: phrase\n    en:\n      messages: { default: "x" }\n      entries: [{ id: a, phrases: [zzzz] }]`);
  const both = composePacks([defaultPack(), own]);
  assert.equal(both.rules.find((r) => r.meta.id === 'email-address')?.meta.guideline, 'tone');
  assert.ok(both.rules.some((r) => r.meta.id === 'phone-number'));
  assert.deepEqual(both.organisation.names, ['Globex']);
  assert.ok(both.guidelines.some((g) => g.id === 'privacy') && both.guidelines.some((g) => g.id === 'tone'));
  assert.deepEqual(lint('Mail jane@example.org.', { pack: both, format: 'text' }).filter((f) => f.ruleId === 'email-address'), []);
});
