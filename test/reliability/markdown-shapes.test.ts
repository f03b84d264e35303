/**
 * Issue 12, "Pathological Markdown bounded": the shapes micromark takes quadratic time on
 * (test/reliability/upstream/micromark-quadratic.md) are found by a linear pre-scan and such a
 * document is linted as plain text, with one notice saying why; real posts never are. Linearity
 * is checked without a clock where a counter can say it (the pre-scan's steps), and as a growth
 * ratio of the whole lint (8 times the text must cost well under 64 times the time) where not.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { DocumentLinter } from '../../server/src/engine/lint';
import { shapeScanWork, slowMarkdownShape } from '../../server/src/engine/markdown-shapes';

const pack = defaultPack();
const MAIL = 'Mail jane@example.org about it.\n\n';

/** The shapes, `n` times; each took seconds in micromark at the size the issue names. */
export const SHAPES: Record<string, (n: number) => string> = {
  // Emphasis (attention): one long run each side, runs of one closer, alternating delimiters.
  'a long run of `*` each side of a word': (n) => `${'*'.repeat(n)}x${'*'.repeat(n)}`,
  'a long run of `_` each side of a word': (n) => `${'_'.repeat(n)}x${'_'.repeat(n)}`,
  'a paragraph of `a*` words': (n) => 'a* '.repeat(n),
  'alternating `*_`': (n) => `${'*_'.repeat(n)}x`,
  // Containers closed by a line that does not continue them.
  'block quotes, each closed by a blank line': (n) => '> q\n\n'.repeat(n),
  'block quotes, each followed by a paragraph': (n) => '> q\n\np\n\n'.repeat(n),
  'nested list items, each closed by its parent\'s next item': (n) => '- a\n  - b\n'.repeat(n),
  'footnotes, each defined after its paragraph': (n) => Array.from({ length: n }, (_, i) => `Text[^${i}].\n\n[^${i}]: Note ${i}.\n`).join('\n'),
};

/** The size the issue measured (`*`×6,000 each side; 2,000 footnotes) or one of about 20 KB. */
const ISSUE_SIZE: Record<string, number> = { 'a long run of `*` each side of a word': 6000, 'footnotes, each defined after its paragraph': 2000 };

for (const [name, make] of Object.entries(SHAPES)) {
  test(`${name}: linted as plain text, with the reason, and the rest of the post is still checked`, () => {
    const n = ISSUE_SIZE[name] ?? Math.ceil(20_000 / make(1).length);
    const text = MAIL + make(n);
    const reason = slowMarkdownShape(text);
    assert.ok(reason, 'flagged');
    const outcome = new DocumentLinter({ pack, format: 'markdown' }).check(text);
    assert.equal(outcome.plainText, reason);
    assert.ok(outcome.findings.some((f) => f.ruleId === 'email-address' && f.start === 5));
  });
}

test('the reasons say what was found', () => {
  assert.equal(slowMarkdownShape(SHAPES['a long run of `*` each side of a word'](6000)), 'it has a run of 6000 `*` (more than 200)');
  assert.equal(slowMarkdownShape(SHAPES['a paragraph of `a*` words'](600)), 'a paragraph has more than 500 runs of `*` or `_`');
  assert.equal(slowMarkdownShape(SHAPES['block quotes, each closed by a blank line'](2000)), 'it closes 2000 block quotes, list items or footnotes in 10000 characters');
});

const posts = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => readFileSync(`${folder}/${f}`, 'utf8'));
const corpus = (() => {
  try {
    return [...posts('../shared/corpus/en'), ...posts('../shared/corpus/fr')];
  } catch {
    return []; // The corpus is beside the repository on the development machine only.
  }
})();

test('real posts stay Markdown: the fixtures, the examples and the corpus, and a long tight list', () => {
  const texts = [...posts('test/fixtures/posts'), ...posts('examples'), ...corpus];
  assert.deepEqual(texts.map((t) => slowMarkdownShape(t)).filter(Boolean), []);
  // Shapes near them: a 2,000-item list, a long quote, many short emphases, code with stars.
  assert.equal(slowMarkdownShape('- an item with **bold** words\n'.repeat(2000)), undefined);
  assert.equal(slowMarkdownShape('> a quoted line\n'.repeat(5000)), undefined);
  assert.equal(slowMarkdownShape('Some *emphasis* and __strong__ words.\n\n'.repeat(3000)), undefined);
  assert.equal(slowMarkdownShape(`\`\`\`c\n${'int *p = *q * 2;\n'.repeat(3000)}\`\`\`\n`), undefined);
});

test('the pre-scan is linear: its steps are at most twice the length, whatever the shape', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    for (const n of [1000, 8000]) {
      const text = make(n);
      shapeScanWork.steps = 0;
      slowMarkdownShape(text);
      assert.ok(shapeScanWork.steps <= 2 * text.length + 2, `${name} ×${n}: ${shapeScanWork.steps} steps for ${text.length} characters`);
    }
  }
});

/**
 * Milliseconds per lint of `text`: lints are repeated until they add up to 40 ms, and the
 * faster of two such rounds is kept (a pause of the collector or of the machine only makes
 * one round slower).
 */
function lintTime(text: string): number {
  const check = (): unknown => new DocumentLinter({ pack, format: 'markdown' }).check(text);
  let best = Infinity;
  for (let round = 0; round < 2; round++) {
    let runs = 0;
    const started = performance.now();
    while (performance.now() - started < 40) (check(), runs++);
    best = Math.min(best, (performance.now() - started) / runs);
  }
  return best;
}

test('every shape lints in time linear in its length: 8 times the text costs well under 64 times the time', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    const unit = make(1).length;
    const small = MAIL + make(Math.ceil(2_000 / unit));
    const large = MAIL + make(Math.ceil(16_000 / unit));
    lintTime(small); // Warm-up: the first lints compile the rules' patterns.
    const [smallMs, largeMs] = [lintTime(small), lintTime(large)];
    const ratio = largeMs / smallMs;
    // Linear is 8; quadratic 64 (in micromark these took minutes at the larger size).
    assert.ok(ratio < 24, `${name}: ${ratio.toFixed(1)} times the time for 8 times the text`);
  }
});
