/**
 * Issue 12, "Linear-time patterns everywhere": every regular expression of rules/ and
 * server/src/ (the literals, read from the sources at build time, and those built at run time
 * from the pack's data, recorded while the default pack lints its examples) is fed the shapes of
 * text that make a backtracking engine slow (patterns.ts). For each pattern the two shapes it
 * finds hardest at 2,000 characters are grown to 100,000, and a global scan of each must cost
 * less than BOUND linear scans of the same text. A pattern that backtracks quadratically costs
 * tens of thousands of them there; the worst linear pattern of ours costs a few hundred (many
 * short matches). No absolute time is asserted.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { packExamples } from '../../server/src/cli/pack-examples';
import { lint } from '../../server/src/engine/index';
import { allPatterns, costRatio, GENERIC_SHAPES, literalPatterns, pumpedShapes, recordPatterns, type PatternSite } from './patterns';

/** Linear scans of the same text that one scan of a pattern may cost, at 100,000 characters. */
export const BOUND = 2500;
const SCREEN = 2000;
const LENGTH = 100_000;

const posts = (folder: string): { text: string; format: 'markdown' | 'text' }[] =>
  readdirSync(folder).filter((f) => /\.(md|txt)$/.test(f)).map((f) => ({ text: readFileSync(`${folder}/${f}`, 'utf8'), format: f.endsWith('.md') ? 'markdown' : 'text' }));
// The pack is compiled inside the recording: its detectors build patterns when they are created.
const recorded = recordPatterns(() => {
  const pack = defaultPack({});
  for (const example of packExamples(pack)) lint(example.text, { pack, format: 'text', language: example.language });
  for (const post of [...posts('test/fixtures/posts'), ...posts('examples')]) lint(post.text, { pack, format: post.format });
});
const sites = allPatterns(recorded);

/** The shapes of `site` at length `n`: the generic ones and those pumped from its witnesses. */
function shapesOf(site: PatternSite, n: number): Map<string, string> {
  const shapes = new Map(Object.entries(GENERIC_SHAPES).map(([name, make]) => [name, make(n)]));
  for (const [name, text] of Object.entries(pumpedShapes(site, n))) shapes.set(name, text);
  return shapes;
}

test('a pattern built at run time is swept even where no text reaches the code that runs it', () => {
  // An empty post: the pack's rules are built for English, and no block is scanned.
  const built = recordPatterns(() => void lint('', { pack: defaultPack({}), format: 'text', language: 'en' }));
  const masked = built.find((s) => s.where.startsWith('rules/conduct/profanity.ts') && s.source.includes('[*'));
  assert.ok(masked, `the masked-profanity pattern is recorded (${built.filter((s) => s.where.startsWith('rules/conduct/')).map((s) => s.where).join('; ')})`);
  assert.ok(sites.some((s) => s.source === masked.source && s.flags === masked.flags), 'and swept by the tests below');
});

test('the inventory holds every literal of rules/ and server/src/ and the patterns built from the pack', () => {
  const literals = literalPatterns();
  assert.ok(literals.length > 200, `${literals.length} literals`);
  const where = (file: string) => literals.filter((l) => l.where.startsWith(file)).length;
  assert.ok(where('server/src/engine/prose.ts') >= 2 && where('rules/clear/long-sentence.ts') >= 10);
  // Patterns built at run time from the pack's data: secrets, codes, amounts, identifiers.
  for (const file of ['rules/confidentiality/secret.ts', 'rules/confidentiality/access-code.ts', 'rules/confidentiality/contract-sum.ts', 'rules/privacy/id-number.ts', 'rules/clear/acronym-first-use.ts']) {
    assert.ok(recorded.some((s) => s.where.startsWith(file) && !literals.some((l) => l.source === s.source)), `no run-time pattern recorded in ${file}`);
  }
});

for (const site of sites) {
  test(`${site.where} /${site.source.length > 80 ? `${site.source.slice(0, 80)}…` : site.source}/${site.flags} stays linear on its worst shapes`, () => {
    const screened = [...shapesOf(site, SCREEN)].map(([name, text]) => ({ name, ratio: costRatio(site, text, 2) })).sort((a, b) => b.ratio - a.ratio);
    const middle = shapesOf(site, LENGTH / 10);
    const large = shapesOf(site, LENGTH);
    for (const { name } of screened.slice(0, 2)) {
      // A pattern already over the bound at a tenth of the length is not run on the whole (a quadratic one would take minutes).
      const short = costRatio(site, middle.get(name)!, 2);
      assert.ok(short < BOUND, `on ${name} (${LENGTH / 10} characters) one scan costs ${Math.round(short)} linear scans (bound ${BOUND})`);
      const text = large.get(name)!;
      let ratio = costRatio(site, text, 2);
      // A slow moment of a shared machine is told from a slow pattern by measuring again.
      if (ratio > BOUND) ratio = Math.min(ratio, costRatio(site, text, 3));
      assert.ok(ratio < BOUND, `on ${name} (${text.length} characters) one scan costs ${Math.round(ratio)} linear scans (bound ${BOUND})`);
    }
  });
}
