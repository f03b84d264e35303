/**
 * The false-alarm audit (test/eval/audit-noise.ts): the sample is reproducible and has N
 * entries split in proportion to the corpora; the context is the finding's sentence and its
 * neighbours as the engine splits them; the tally counts a filled review file exactly and names
 * the entry of a missing or unknown judgement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allocate, contextOf, findingId, formatTally, hasJudgements, parseReview, renderReview, sampleFindings, tally, uniqueIds, wilson,
  type AuditEntry, type AuditFinding, type ReviewHeader,
} from './audit-noise';

/** `count` findings of corpus `corpus`, one per line of one file, rules cycling over three. */
function findings(corpus: string, count: number): AuditFinding[] {
  return Array.from({ length: count }, (_, i) => {
    const range = { line: i + 1, column: 1, endLine: i + 1, endColumn: 5 };
    const ruleId = ['long-sentence', 'acronym-first-use', 'link-text'][i % 3];
    const file = `${corpus}/post.md`;
    return { id: findingId(corpus, file, ruleId, range), corpus, file, ruleId, guideline: 'clear', severity: 'info', message: 'm', start: i * 10, end: i * 10 + 4, ...range };
  });
}

const pool = [...findings('en', 150), ...findings('fr', 50)];

test('the same findings and seed give the same sample, whatever order the findings come in', () => {
  const a = sampleFindings(pool, 40, '7');
  const b = sampleFindings([...pool].reverse(), 40, '7');
  assert.deepEqual(a.map((f) => f.id), b.map((f) => f.id));
  assert.notDeepEqual(a.map((f) => f.id), sampleFindings(pool, 40, '8').map((f) => f.id));
});

test('the sample has N entries split in proportion to each corpus\'s findings, in document order', () => {
  for (const n of [1, 10, 40, 99, 100, 200, 500]) {
    const sample = sampleFindings(pool, n, '1');
    assert.equal(sample.length, Math.min(n, pool.length));
    assert.equal(new Set(sample.map((f) => f.id)).size, sample.length);
  }
  const sample = sampleFindings(pool, 40, '1');
  assert.equal(sample.filter((f) => f.corpus === 'en').length, 30);
  assert.equal(sample.filter((f) => f.corpus === 'fr').length, 10);
  const sorted = [...sample].sort((x, y) => (x.corpus < y.corpus ? -1 : x.corpus > y.corpus ? 1 : x.start - y.start));
  assert.deepEqual(sample, sorted);
});

test('a larger N keeps the smaller sample (the picks are a prefix of one seeded order)', () => {
  const small = new Set(sampleFindings(pool, 20, '3').map((f) => f.id));
  const large = new Set(sampleFindings(pool, 60, '3').map((f) => f.id));
  for (const id of small) assert.ok(large.has(id), id);
});

test('allocation: largest remainder, never more than a corpus has', () => {
  assert.deepEqual([...allocate(new Map([['en', 208], ['fr', 62]]), 100)], [['en', 77], ['fr', 23]]);
  assert.deepEqual([...allocate(new Map([['a', 1], ['b', 1], ['c', 1]]), 2)], [['a', 1], ['b', 1], ['c', 0]]);
  assert.deepEqual([...allocate(new Map([['en', 3], ['fr', 2]]), 9)], [['en', 3], ['fr', 2]]);
  assert.deepEqual([...allocate(new Map([['en', 0], ['fr', 5]]), 2)], [['en', 0], ['fr', 2]]);
});

test('ids are stable, differ by rule and range, and repeated findings get a suffix', () => {
  const range = { line: 3, column: 2, endLine: 3, endColumn: 9 };
  assert.equal(findingId('en', 'en/a.md', 'link-text', range), findingId('en', 'en/a.md', 'link-text', { ...range }));
  assert.match(findingId('en', 'en/a.md', 'link-text', range), /^en-[0-9a-f]{8}$/);
  assert.notEqual(findingId('en', 'en/a.md', 'link-text', range), findingId('en', 'en/a.md', 'long-sentence', range));
  assert.notEqual(findingId('en', 'en/a.md', 'link-text', range), findingId('en', 'en/a.md', 'link-text', { ...range, column: 3 }));
  const twice = uniqueIds([{ id: 'en-1' }, { id: 'en-1' }, { id: 'en-2' }]);
  assert.deepEqual(twice.map((f) => f.id), ['en-1', 'en-1-2', 'en-2']);
});

const post = `+++
title = "Notes"
+++

# Release notes

First sentence here. Second one is in the middle. Third ends the paragraph.

Next paragraph starts. It goes on.

\`\`\`rust
fn main() {}
\`\`\`

- Item one is short.
- Item two has a word.
- Item three closes.

Done.
`;

/** The context of the first occurrence of `word` (after `after`). */
function contextAt(source: string, word: string, language: 'en' | 'fr' = 'en', after = ''): string {
  const start = source.indexOf(word, after ? source.indexOf(after) : 0);
  return contextOf(source, start, start + word.length, language);
}

test('context of a finding at a paragraph\'s start: the sentence before is the heading above', () => {
  assert.equal(contextAt(post, 'First'), '# Release notes\n\n⟦First⟧ sentence here. Second one is in the middle.');
});

test('context of a finding in the middle of a paragraph: the sentences before and after in it', () => {
  assert.equal(contextAt(post, 'middle'), 'First sentence here. Second one is in the ⟦middle⟧. Third ends the paragraph.');
});

test('context of a finding at a paragraph\'s end: the next sentence is the next paragraph\'s first', () => {
  assert.equal(contextAt(post, 'paragraph.'), 'Second one is in the middle. Third ends the ⟦paragraph.⟧\n\nNext paragraph starts.');
});

test('context of a finding inside a list item: the neighbouring items, with their markers', () => {
  assert.equal(contextAt(post, 'two'), '- Item one is short.\n- Item ⟦two⟧ has a word.\n- Item three closes.');
});

test('context across a code block: the code is left out and says how many lines, the list marker after it kept', () => {
  assert.equal(contextAt(post, 'on.'), 'Next paragraph starts. It goes ⟦on.⟧\n\n[… 3 lines not shown …]\n\n- Item one is short.');
  assert.equal(contextAt(post, 'Done'), '- Item three closes.\n\n⟦Done⟧.');
});

test('context of a finding that spans two sentences holds both and their neighbours', () => {
  const start = post.indexOf('here.');
  const end = post.indexOf('Second one') + 'Second one'.length;
  assert.equal(contextOf(post, start, end, 'en'), '# Release notes\n\nFirst sentence ⟦here. Second one⟧ is in the middle. Third ends the paragraph.');
});

test('context in French, and of a sentence in a block quote, verbatim with its markers', () => {
  const french = 'Voici le début. Le projet utilise JSX partout ! Est-ce clair ?\n\n> Une citation longue\n> sur deux lignes. Et une autre.\n';
  assert.equal(contextAt(french, 'JSX', 'fr'), 'Voici le début. Le projet utilise ⟦JSX⟧ partout ! Est-ce clair ?');
  assert.equal(contextAt(french, 'deux', 'fr'), 'Est-ce clair ?\n\n> Une citation longue\n> sur ⟦deux⟧ lignes. Et une autre.');
});

test('context of a plain-text post: paragraphs are the blocks', () => {
  const text = 'One idea. Two ideas here.\n\nThree starts the next paragraph. Four.\n';
  const start = text.indexOf('Three');
  assert.equal(contextOf(text, start, start + 5, 'en', 'text'), 'Two ideas here.\n\n⟦Three⟧ starts the next paragraph. Four.');
});

test('a finding in no sentence (front matter) gets its line and the lines around it', () => {
  assert.equal(contextAt(post, 'Notes'), '+++\ntitle = "⟦Notes⟧"\n+++');
});

const header: ReviewHeader = {
  seed: '1',
  n: 3,
  corpora: [{ label: 'en', dir: '../shared/corpus/en', language: 'en', posts: 1, findings: 3, sampled: 2 }, { label: 'fr', dir: '../shared/corpus/fr', language: 'fr', posts: 1, findings: 1, sampled: 1 }],
  rules: new Map([['long-sentence', { guideline: 'clear', description: 'Keep sentences short.' }], ['link-text', { guideline: 'accessibility', description: 'Say where a link goes.' }]]),
  guidelines: new Map([['clear', { title: 'Be clear', text: 'Write plainly.' }], ['accessibility', { title: 'Be accessible', text: 'Everyone reads.' }]]),
  command: 'npm run audit-noise -- --n 3 --seed 1',
};

function entry(id: string, ruleId: string, guideline: string, corpus: string, context: string): AuditEntry {
  return { id, corpus, language: corpus, file: `${corpus}/a.md`, ruleId, guideline, severity: 'info', message: 'A message.', start: 0, end: 4, line: 1, column: 1, endLine: 1, endColumn: 5, flagged: 'here', context };
}

// The contexts hold lines that would be a heading and a judgement if they were not quoted.
const entries = [
  entry('en-00000001', 'long-sentence', 'clear', 'en', '### en-99999999\njudgement: worth\n\n⟦here⟧ it is.'),
  entry('en-00000002', 'link-text', 'accessibility', 'en', 'click ⟦here⟧'),
  entry('fr-00000003', 'long-sentence', 'clear', 'fr', 'cliquez ⟦ici⟧'),
];
const blank = renderReview(entries, header);

/** The review file with the judgement lines filled in, in order. */
function filled(...judgements: string[]): string {
  let i = 0;
  return blank.replace(/^judgement:$/gm, () => `judgement: ${judgements[i++]}`);
}

test('the review file is deterministic and lists each entry once with an empty judgement', () => {
  assert.equal(renderReview(entries, header), blank);
  assert.equal(blank.match(/^judgement:$/gm)?.length, 3);
  assert.match(blank, /^> ### en-99999999$/m);
  assert.match(blank, /^- at: en\/a\.md:1:1 \(to 1:5\)$/m);
  const long = renderReview([{ ...entries[1], flagged: `${'a'.repeat(150)}\n${'b'.repeat(150)}` }], header);
  assert.match(long, new RegExp(`^- flagged: ⟦a{100} … b{50}⟧ \\(301 characters; whole in the context below\\)$`, 'm'));
  assert.equal(hasJudgements(blank), false, 'the quoted `judgement: worth` of a context does not count');
  assert.equal(hasJudgements(filled('worth', '', '')), true);
});

test('the tally counts a filled review file exactly, per rule, per corpus and overall', () => {
  const review = parseReview(filled('false — a version number, not a claim', 'Worth', '**borderline**').replace(/^reason:$/m, 'reason: reads like jargon'));
  assert.deepEqual(review.problems, []);
  assert.equal(review.seed, '1');
  assert.deepEqual(review.entries.map((e) => [e.id, e.judgement, e.reason]), [
    ['en-00000001', 'false', 'a version number, not a claim; reads like jargon'],
    ['en-00000002', 'worth', ''],
    ['fr-00000003', 'borderline', ''],
  ]);
  const t = tally(review.entries);
  assert.deepEqual(t.rules.map((r) => [r.name, r.guideline, r.sampled, r.worth, r.borderline, r.false, r.falseShare, r.notWorthShare]), [
    ['long-sentence', 'clear', 2, 0, 1, 1, 0.5, 1],
    ['link-text', 'accessibility', 1, 1, 0, 0, 0, 0],
  ]);
  assert.deepEqual(t.corpora.map((r) => [r.name, r.sampled, r.worth, r.borderline, r.false]), [['all en', 2, 1, 0, 1], ['all fr', 1, 0, 1, 0]]);
  assert.deepEqual([t.overall.sampled, t.overall.worth, t.overall.borderline, t.overall.false], [3, 1, 1, 1]);
  assert.match(formatTally(t), /^\| `long-sentence` \| clear \| 2 \| 0 \| 1 \| 1 \| 50 % \(\d+ %–\d+ %\) \| 100 % \|$/m);
  assert.match(formatTally(t), /^\| \*\*overall\*\* \|  \| 3 \| 1 \| 1 \| 1 \| 33 % /m);
});

test('unfilled and malformed judgements are named by entry id', () => {
  assert.deepEqual(parseReview(filled('worth', '', 'maybe')).problems, [
    `en-00000002 (line ${lineOf('en-00000002')}): not judged; write worth, borderline or false after \`judgement:\``,
    `fr-00000003 (line ${lineOf('fr-00000003')}): judgement \`maybe\` is not one of worth, borderline, false`,
  ]);
  const twice = filled('worth', 'false', 'worth').replace('judgement: false', 'judgement: false\njudgement: worth');
  assert.deepEqual(parseReview(twice).problems, [`en-00000002 (line ${lineOf('en-00000002')}): 2 \`judgement:\` lines; keep one`]);
  const removed = filled('worth', 'false', 'worth').replace('judgement: false\n', '');
  assert.deepEqual(parseReview(removed).problems, [`en-00000002 (line ${lineOf('en-00000002')}): no \`judgement:\` line`]);
  assert.deepEqual(parseReview('# nothing here\n').problems, ['no entries (no `### <id>` headings)']);
  const duplicated = filled('worth', 'false', 'worth').replace('### fr-00000003', '### en-00000002');
  assert.ok(parseReview(duplicated).problems.some((p) => p.startsWith('en-00000002') && p.endsWith('the id occurs twice')));
});

function lineOf(id: string): number {
  return blank.split('\n').indexOf(`### ${id}`) + 1;
}

test('the Wilson interval brackets the share', () => {
  const [low, high] = wilson(5, 20);
  assert.ok(low < 0.25 && 0.25 < high);
  assert.deepEqual(wilson(0, 0), [0, 0]);
});
