/**
 * Inputs that overflowed the call stack (issue 12, item 3): deep Markdown nesting, and a
 * document with 130,000 findings on its way through the engine, --fix and the CLI's output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { formatStylish } from '../../server/src/cli/formatters/stylish';
import { toFileResult } from '../../server/src/cli/results';
import { applyFixes, lint } from '../../server/src/engine/index';
import { finishFindings } from '../../server/src/engine/findings';
import { markdownToProse } from '../../server/src/engine/markdown';
import type { ProseDocument } from '../../server/src/engine/prose';
import type { Finding } from '../../server/src/engine/types';

const pack = defaultPack();
const emails = (text: string) => lint(text, { pack, format: 'markdown' }).filter((f) => f.ruleId === 'email-address').map((f) => [f.actual, f.start]);

test('1,700 nested list markers on one line (3.4 KB) are linted: the prose at the bottom is checked', () => {
  const text = `${'- '.repeat(1700)}Mail jane@example.org\n\nAnd bob@example.org.\n`;
  assert.deepEqual(emails(text), [['jane@example.org', 3405], ['bob@example.org', 3427]]);
  const [deep] = markdownToProse(text).blocks;
  assert.equal(deep.listItem, true);
});

test('6,000 nested block quotes are linted, and each quote knows whether a link inside it cites a source', () => {
  const text = `${'>'.repeat(6000)} Mail jane@example.org, see [the source](https://example.org).\n`;
  assert.deepEqual(emails(text), [['jane@example.org', 6006]]);
  const prose = markdownToProse(text);
  assert.equal(prose.quotes.length, 6000);
  assert.ok(prose.quotes.every((q) => q.linked && q.end === text.length - 1));
  assert.equal(prose.blocks[0].quoted, true);
  // A quote whose link is in a sibling quote does not cite it.
  const siblings = markdownToProse('> no link here\n\nbetween\n\n> [a source](https://example.org)\n');
  assert.deepEqual(siblings.quotes.map((q) => q.linked), [false, true]);
  const nested = markdownToProse('> outer\n>\n> > [a source](https://example.org)\n\n> alone\n');
  assert.deepEqual(nested.quotes.map((q) => [q.start, q.linked]), [[12, true], [0, true], [47, false]]);
});

/** `count` findings of one rule, one per 4-character word of a text of `count` words `damn`. */
function manyFindings(count: number): { text: string; findings: Finding[] } {
  const text = 'damn '.repeat(count);
  const findings = Array.from({ length: count }, (_, i): Finding => ({
    ruleId: 'profanity', guideline: 'conduct', severity: 'warning', message: 'Remove `damn`.',
    start: 5 * i, end: 5 * i + 4, actual: 'damn', expected: [], url: '',
    fixes: [{ title: 'Remove', edits: [{ start: 5 * i, end: 5 * i + 5, text: '' }] }],
  }));
  return { text, findings };
}

const noProse: ProseDocument = { blocks: [], images: [], quotes: [], disabled: [], frontmatter: {}, bodyStart: 0 };

test('130,000 findings go through the engine, --fix and the CLI\'s formats', () => {
  const { text, findings } = manyFindings(130_000);
  const shuffled = [...findings].reverse();
  const finished = finishFindings(shuffled, noProse, new Set(), new Map([['profanity', ['no-such-rule']]]));
  assert.equal(finished.length, 130_000);
  assert.deepEqual([finished[0].start, finished[129_999].start], [0, 5 * 129_999]);
  assert.equal(applyFixes(text, finished), '');
  const result = toFileResult('post.txt', text, finished, false);
  assert.equal(result.warningCount, 130_000);
  const lines = formatStylish([result]).split('\n');
  assert.equal(lines.length, 130_003);
  assert.equal(lines[1], '  1:1       warning  Remove `damn`.  profanity (conduct)');
});

test('--fix takes the earlier of two overlapping fixes, and a second insertion at the same point is left for the next run', () => {
  const edit = (start: number, end: number, text = '') => ({ start, end, text });
  const finding = (start: number, ...edits: { start: number; end: number; text: string }[]): Finding => ({
    ruleId: 'r', guideline: 'g', severity: 'warning', message: '', start, end: start + 1, actual: '', expected: [], url: '', fixes: [{ title: '', edits }],
  });
  const text = '0123456789';
  assert.equal(applyFixes(text, [finding(0, edit(2, 5, 'A')), finding(1, edit(4, 6, 'B')), finding(2, edit(5, 5, 'C'))]), '01AC56789');
  assert.equal(applyFixes(text, [finding(0, edit(3, 3, 'A')), finding(1, edit(3, 3, 'B')), finding(2, edit(3, 4, 'C'))]), '012AC456789');
  assert.equal(applyFixes(text, [finding(0, edit(8, 9, 'Z')), finding(1, edit(0, 1, 'A'), edit(8, 8, 'Y')), finding(2, edit(1, 8, ''))]), 'AYZ9');
});
