/**
 * Fixes that fix (issue 12, item 3c): a fix is offered only if it changes something, leaves
 * code and URLs alone, makes its rule stop reporting there, and, appended to a Markdown post,
 * lands as prose.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { appendEdit } from '../../rules/kinds/required';
import { defaultPack } from '../../rules/pack/index';
import { applyEdits } from '../../server/src/engine/fixes';
import { lint } from '../../server/src/engine/index';
import type { Report, Rule } from '../../server/src/engine/rule';

const pack = defaultPack();
const meta = { guideline: 'clear', description: 'A test rule.', severity: 'warning' as const, languages: ['en' as const, 'fr' as const], fix: 'suggestion' as const };

/** A block rule that flags each `word` and offers `replacement(word)` for it. */
function replacing(id: string, pattern: RegExp, replacement: (word: string) => string): Rule {
  return {
    meta: { id, ...meta },
    checkBlock: ({ block }) => [...block.text.matchAll(pattern)].map((m): Report => {
      const start = block.start + m.index!;
      const end = start + m[0].length;
      return { start, end, message: `Not ${m[0]}.`, fixes: [{ title: 'Fix', edits: [{ start, end, text: replacement(m[0]) }] }] };
    }),
  };
}

const fixesOf = (text: string, rule: Rule, format: 'markdown' | 'text' = 'markdown') =>
  lint(text, { pack: { ...pack, rules: [rule] }, format }).map((f) => [f.actual, f.fixes.map((fix) => fix.edits[0].text)]);

test('`#A5` and `#Rust2019` are not flagged: their capitals and digits already show the words', () => {
  const findings = lint('Join #A5, #Rust2019, #rust2019, #COP26 and #particlephysics.\n', { pack, format: 'text' }).filter((f) => f.ruleId === 'hashtag-case');
  assert.deepEqual(findings.map((f) => [f.actual, f.fixes.map((fix) => fix.edits[0].text)]), [['#particlephysics', ['#ParticlePhysics']]]);
});

test('a fix that changes nothing is not offered', () => {
  assert.deepEqual(fixesOf('Say hello.\n', replacing('same', /hello/g, (w) => w)), [['hello', []]]);
});

test('a fix whose result the rule flags again at the same place is not offered; one that fixes is', () => {
  const rule = replacing('shouty', /[A-Z]{4,}/g, (w) => (w === 'LOUD' ? 'LOUDER' : w.toLowerCase()));
  assert.deepEqual(fixesOf('A LOUD word and a SHOUT here.\n', rule), [['LOUD', []], ['SHOUT', ['shout']]]);
  // Many fixes in one block are checked together, in one more run of the rule.
  let runs = 0;
  const counted: Rule = { ...rule, checkBlock: (context) => (runs++, rule.checkBlock!(context)) };
  const text = `${'SHOUT '.repeat(2000)}\n`;
  const findings = lint(text, { pack: { ...pack, rules: [counted] }, format: 'text' });
  assert.equal(findings.length, 2000);
  assert.ok(findings.every((f) => f.fixes[0].edits[0].text === 'shout'));
  assert.equal(runs, 2);
});

test('a fix that would rewrite code or a URL is not offered', () => {
  const rule = replacing('spans', /hello[^.]*/g, (w) => w.toUpperCase());
  assert.deepEqual(fixesOf('Say hello `code` now. And hello there.\n', rule), [['hello `code` now', []], ['hello there', ['HELLO THERE']]]);
});

/** A document rule that appends `paragraph` to every post. */
const appending = (paragraph: string): Rule => ({
  meta: { id: 'appends', ...meta },
  checkDocument: ({ source, format }) => [{ start: 0, end: 1, message: 'Add it.', fixes: [{ title: 'Append', edits: [appendEdit(source, format, paragraph)] }] }],
});

test('a paragraph appended to a Markdown post is offered only where it lands as prose', () => {
  const rule = appending('My views are my own.');
  const offered = (text: string): string[] => lint(text, { pack: { ...pack, rules: [rule] }, format: 'markdown' })[0].fixes.map((f) => applyEdits(text, f.edits));
  assert.deepEqual(offered('Hello.\n'), ['Hello.\n\nMy views are my own.\n']);
  // An unclosed fence is closed first.
  assert.deepEqual(offered('Hello.\n\n```js\nlet x;\n'), ['Hello.\n\n```js\nlet x;\n```\n\nMy views are my own.\n']);
  // In a list item, the closing fence appendEdit writes would open a new code block at the top level: not offered.
  assert.deepEqual(offered('- Hello.\n\n  ```\n  code\n'), []);
  // An unclosed HTML comment or <pre> would swallow it: not offered.
  assert.deepEqual(offered('Hello.\n\n<!-- draft\n'), []);
  assert.deepEqual(offered('Hello.\n\n<pre>\nold\n'), []);
});

test('on the corpus and the examples, every fix offered makes its rule stop reporting there', () => {
  const dirs = [join(process.cwd(), '../shared/corpus/en'), join(process.cwd(), '../shared/corpus/fr'), join(process.cwd(), 'examples')];
  let checked = 0;
  const failures: string[] = [];
  for (const dir of dirs) {
    // Every third corpus post and every example: a re-lint per fix.
    const names = readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n)).sort().filter((_, i) => dir.endsWith('examples') || i % 3 === 0);
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8');
      const format = name.endsWith('.md') ? 'markdown' : 'text';
      // image-alt-text's fix writes a placeholder (`Describe the image`) for the author to replace, which it flags
      // until they do: a suggestion by design (its rule tests pin it), the one exception.
      for (const finding of lint(text, { pack, format }).filter((f) => f.ruleId !== 'image-alt-text')) {
        for (const fix of finding.fixes) {
          const fixed = applyEdits(text, [...fix.edits].sort((a, b) => a.start - b.start));
          const start = fix.edits[0].start;
          const end = start + fix.edits[0].text.length;
          const again = lint(fixed, { pack, format }).filter((f) => f.ruleId === finding.ruleId && f.start < Math.max(end, start + 1) && start < Math.max(f.end, f.start + 1));
          if (again.length) failures.push(`${name}: ${finding.ruleId} \`${finding.actual}\` → ${JSON.stringify(fix.edits[0].text)}`);
          checked++;
        }
      }
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(checked > 20, `${checked} fixes checked`);
});
