/**
 * `npm run eval`: runs the CLI over ../shared/eval-dev (labelled posts) and prints precision
 * and recall per guideline, then findings per 1,000 words on ../shared/corpus (real posts by
 * outside authors). Writes the figures to eval-results.json.
 *
 * Options: --lang en|fr|all (default en), --verbose (list false positives and missed labels),
 * --guideline ID (only that guideline in the verbose lists), --set DIR (another labelled set
 * with the same layout, e.g. test/eval/held-out), --detect (no --language flag: the CLI
 * detects each post's language, as for a post without front matter; prints how many it got
 * right). GUIDELINT_SHARED overrides ../shared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LineIndex } from '../../server/src/engine/line-index';
import { runCli, type CliResult } from './cli-json';
import { ratios, score, hits, type Score, type Span } from './scoring';

// Run from the repository root (npm run sets the working directory to it).
const root = process.cwd();
const shared = process.env.GUIDELINT_SHARED ?? resolve(root, '../shared');
const { values } = parseArgs({ options: { set: { type: 'string' }, lang: { type: 'string', default: 'en' }, verbose: { type: 'boolean', default: false }, guideline: { type: 'string' }, detect: { type: 'boolean', default: false } } });
/** By default the label's language is passed as `--language` (the development set's convention); `--detect` leaves it to the CLI. */
const languageFlags = (language: string): string[] => (values.detect ? [] : ['--language', language]);

interface Label { file: string; guideline: string; quote: string; start: number; end: number }
interface Case { file: string; lang: string; kind: string }

/** Findings of CLI results as spans in UTF-16 offsets. */
function toSpans(results: CliResult[], nameOf: (path: string) => string): (Span & { ruleId: string; message: string })[] {
  return results.flatMap((result) => {
    const lines = new LineIndex(readFileSync(result.filePath, 'utf8'));
    return result.messages.map((m) => ({
      file: nameOf(result.filePath),
      guideline: m.guideline,
      ruleId: m.ruleId,
      message: m.message,
      start: lines.offset(m.line - 1, m.column - 1),
      end: lines.offset(m.endLine - 1, m.endColumn - 1),
    }));
  });
}

/** Label spans for a set without check-labels.mjs: each quote occurs once in its file. */
function spansOf(dir: string, cases: { file: string; findings: { guideline: string; quote: string }[] }[]): Label[] {
  return cases.flatMap((c) => {
    const text = readFileSync(join(dir, 'cases', c.file), 'utf8');
    return c.findings.map((f) => {
      const start = text.indexOf(f.quote);
      if (start === -1) throw new Error(`${c.file}: quote not found: ${f.quote}`);
      return { file: c.file, guideline: f.guideline, quote: f.quote, start, end: start + f.quote.length };
    });
  });
}

const PLATFORMS = new Set(['tweet', 'mastodon', 'linkedin', 'instagram', 'facebook', 'blog', 'website', 'newsletter']);

function evalDev() {
  const dir = values.set ? resolve(values.set) : join(shared, 'eval-dev');
  const cases: (Case & { findings: { guideline: string; quote: string }[] })[] = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const selected = cases.filter((c) => values.lang === 'all' || c.lang === values.lang);
  const wanted = new Set(selected.map((c) => c.file));
  const labels: Label[] = (existsSync(join(dir, 'check-labels.mjs'))
    ? JSON.parse(execFileSync('node', [join(dir, 'check-labels.mjs'), '--spans'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
    : spansOf(dir, cases)).filter((l: Label) => wanted.has(l.file));
  // One CLI run per (language, platform): the CLI takes them as flags.
  const groups = new Map<string, Case[]>();
  for (const c of selected) groups.set(`${c.lang} ${c.kind}`, [...(groups.get(`${c.lang} ${c.kind}`) ?? []), c]);
  const nameOf = (p: string): string => p.split('/').pop() ?? p;
  const misdetected: string[] = [];
  const findings = [...groups.entries()].flatMap(([key, group]) => {
    const [lang, kind] = key.split(' ');
    const flags = [...languageFlags(lang), ...(PLATFORMS.has(kind) ? ['--platform', kind] : [])];
    const results = runCli(group.map((c) => join(dir, 'cases', c.file)), flags);
    for (const r of results) if (r.language !== lang) misdetected.push(`${nameOf(r.filePath)} (${lang} linted as ${r.language ?? 'nothing'})`);
    return toSpans(results, nameOf);
  });
  const clean = selected.filter((c) => !labels.some((l) => l.file === c.file));
  const noisyClean = clean.filter((c) => findings.some((f) => f.file === c.file));
  return { labels, findings, cases: selected.length, clean: clean.length, noisyClean: noisyClean.length, misdetected };
}

function corpusNoise(language: string) {
  const dir = join(shared, 'corpus', language);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
  const words = files.reduce((sum, f) => sum + readFileSync(f, 'utf8').split(/\s+/).filter(Boolean).length, 0);
  const results = runCli(files, languageFlags(language));
  const misdetected = results.filter((r) => r.language !== language).map((r) => r.filePath.split('/').pop() ?? r.filePath);
  return { files: files.length, words, findings: toSpans(results, (p) => p), misdetected };
}

const pct = (x: number): string => x.toFixed(2);

function printScores(guidelines: string[], byGuideline: Map<string, Score>, total: Score): void {
  console.log(`${'guideline'.padEnd(22)} findings  TP  labels found  precision recall   F1   strictP strictR`);
  const row = (name: string, s: Score): void => {
    const r = ratios(s);
    console.log(`${name.padEnd(22)} ${String(s.findings).padStart(8)} ${String(s.truePositives).padStart(3)} ${String(s.labels).padStart(7)} ${String(s.found).padStart(5)}  ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(6)} ${pct(r.f1).padStart(5)} ${pct(r.strictPrecision).padStart(8)} ${pct(r.strictRecall).padStart(7)}`);
  };
  for (const g of guidelines) row(g, byGuideline.get(g)!);
  row('overall', total);
}

const dev = evalDev();
const guidelines = [...new Set([...dev.labels.map((l) => l.guideline), ...dev.findings.map((f) => f.guideline)])].sort();
const byGuideline = new Map(guidelines.map((g) => [g, score(dev.findings.filter((f) => f.guideline === g), dev.labels.filter((l) => l.guideline === g))]));
const total = score(dev.findings, dev.labels);
console.log(`${values.set ?? 'eval-dev'} (${values.lang}${values.detect ? ', language detected' : ''}): ${dev.cases} cases, ${dev.labels.length} labels, ${dev.findings.length} findings; clean controls with a finding: ${dev.noisyClean} of ${dev.clean}`);
if (values.detect) console.log(`language detected right for ${dev.cases - dev.misdetected.length} of ${dev.cases} cases${dev.misdetected.length ? `; wrong: ${dev.misdetected.join(', ')}` : ''}`);
console.log('');
printScores(guidelines, byGuideline, total);

if (values.verbose) {
  const only = (g: string): boolean => !values.guideline || values.guideline === g;
  console.log('\nfalse positives:');
  for (const f of dev.findings) {
    if (only(f.guideline) && !dev.labels.some((l) => hits(f, l))) console.log(`  ${f.file} ${f.guideline}/${f.ruleId} [${f.start},${f.end}) ${f.message}`);
  }
  console.log('\nmissed labels:');
  for (const l of dev.labels) {
    if (only(l.guideline) && !dev.findings.some((f) => hits(f, l))) console.log(`  ${l.file} ${l.guideline}: ${l.quote}`);
  }
}

const corpora = values.set ? [] : ['en', ...(values.lang === 'en' ? [] : ['fr'])].map((language) => ({ language, ...corpusNoise(language) }));
for (const corpus of corpora) {
  console.log(`\ncorpus/${corpus.language}: ${corpus.files} posts, ${corpus.words} words, ${corpus.findings.length} findings, ${pct((corpus.findings.length * 1000) / corpus.words)} per 1,000 words`);
  if (values.detect) console.log(`  language detected right for ${corpus.files - corpus.misdetected.length} of ${corpus.files} posts${corpus.misdetected.length ? `; wrong: ${corpus.misdetected.join(', ')}` : ''}`);
  const counts = new Map<string, number>();
  for (const f of corpus.findings) counts.set(f.guideline, (counts.get(f.guideline) ?? 0) + 1);
  for (const [g, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${g.padEnd(22)} ${String(n).padStart(5)}  ${pct((n * 1000) / corpus.words).padStart(6)} per 1,000 words`);
  }
  if (values.verbose) {
    const byRule = new Map<string, number>();
    for (const f of corpus.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    console.log('  by rule:', [...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', '));
  }
}

// A --detect run is written beside the flagged one, so that it never replaces the figures measured with the labels' languages.
const resultsFile = `eval-results${values.set ? '-set' : ''}${values.detect ? '-detect' : ''}.json`;
writeFileSync(join(root, resultsFile), `${JSON.stringify({
  lang: values.lang,
  ...(values.detect ? { languageDetected: { cases: dev.cases, wrong: dev.misdetected } } : {}),
  guidelines: Object.fromEntries(guidelines.map((g) => [g, { ...byGuideline.get(g), ...ratios(byGuideline.get(g)!) }])),
  overall: { ...total, ...ratios(total) },
  cleanControls: { total: dev.clean, withFindings: dev.noisyClean },
  corpus: corpora.map((c) => ({ language: c.language, posts: c.files, words: c.words, findings: c.findings.length, per1000Words: (c.findings.length * 1000) / c.words })),
}, null, 2)}\n`);
console.log(`\nwritten: ${resultsFile}`);
