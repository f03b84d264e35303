/**
 * `npm run audit-noise`: samples findings of the CLI on the real-post corpora into a review
 * file for a reviewer who did not write the rules; `npm run audit-tally -- FILE` counts the
 * filled-in judgements per rule. The method is described in test/eval/audit-noise.ts.
 *
 * Sampling options: --n N (default 100), --seed S (default 1), --out FILE (default
 * test/eval/audit/review-<seed>.md), --corpus DIR (repeatable; default ../shared/corpus/en and
 * ../shared/corpus/fr), --lang en|fr|all (default all: with the default corpora, which of
 * them; with --corpus, the language passed to the CLI for all of them, which otherwise is
 * the folder's name when that is en or fr, or detected), --force (overwrite a review file
 * that already holds judgements).
 * Tally options: --tally FILE, --json FILE (default FILE with .tally.json for .md).
 * GUIDELINT_SHARED overrides ../shared. Run from the repository root.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPack } from '../../rules/pack/index';
import { formatOf } from '../../server/src/cli/files';
import { LineIndex } from '../../server/src/engine/line-index';
import type { Language } from '../../server/src/engine/types';
import {
  contextOf, findingId, flaggedText, formatTally, hasJudgements, parseReview, renderReview, sampleFindings, tally, uniqueIds,
  type AuditEntry, type AuditFinding, type ReviewHeader,
} from './audit-noise';
import { cli, runCli } from './cli-json';

const root = process.cwd();
const shared = process.env.GUIDELINT_SHARED ?? resolve(root, '../shared');

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    lang: { type: 'string', default: 'all' },
    force: { type: 'boolean', default: false },
    tally: { type: 'string' },
    json: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`audit-noise: ${message}`);
  process.exit(2);
}


function filesOf(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesOf(path));
    else if (/\.(md|markdown|txt)$/i.test(name)) out.push(path);
  }
  return out;
}

/** Problems listed before "… and N more". */
const SHOWN = 25;

function runTally(file: string): void {
  if (!existsSync(file)) fail(`no such file: ${file}`);
  const review = parseReview(readFileSync(file, 'utf8'));
  if (review.problems.length > 0) {
    const unjudged = review.problems.filter((p) => p.includes('not judged')).length;
    console.error(`audit-tally: ${file}: ${review.problems.length} problem${review.problems.length === 1 ? '' : 's'} (${unjudged} of ${review.entries.length} entries not judged); fix ${review.problems.length === 1 ? 'it' : 'them'} and run again:`);
    for (const p of review.problems.slice(0, SHOWN)) console.error(`  ${p}`);
    if (review.problems.length > SHOWN) console.error(`  … and ${review.problems.length - SHOWN} more`);
    process.exit(1);
  }
  const table = tally(review.entries);
  console.log(`${file}: ${review.entries.length} entries${review.seed ? `, seed ${review.seed}` : ''}\n`);
  console.log(formatTally(table));
  const json = values.json ?? file.replace(/\.md$/i, '') + '.tally.json';
  writeFileSync(json, `${JSON.stringify({ file: relative(root, resolve(file)), seed: review.seed, entries: review.entries.length, ...table, judgements: review.entries.map((e) => ({ id: e.id, rule: e.fields.rule, corpus: e.fields.corpus, judgement: e.judgement, ...(e.reason ? { reason: e.reason } : {}) })) }, null, 2)}\n`);
  console.log(`\nwritten: ${json}`);
}

function runSample(): void {
  const n = Number(values.n);
  if (!Number.isInteger(n) || n < 1) fail(`--n expects a positive whole number, not \`${values.n}\``);
  if (!/^[\w.-]+$/.test(values.seed!)) fail(`--seed expects letters, digits, '.', '_' or '-', not \`${values.seed}\``);
  const lang = values.lang!;
  if (!['en', 'fr', 'all'].includes(lang)) fail(`--lang expects en, fr or all, not \`${lang}\``);
  if (!existsSync(cli)) fail(`${cli} is missing: build first (node esbuild.mjs)`);
  const dirs = values.corpus?.length ? values.corpus.map((d) => resolve(d)) : (lang === 'all' ? ['en', 'fr'] : [lang]).map((l) => join(shared, 'corpus', l));
  const labels = dirs.map((d) => basename(d));
  if (new Set(labels).size !== labels.length) fail(`corpora need different folder names (they label the ids): ${labels.join(', ')}`);

  // Checked before linting, which takes minutes.
  const out = values.out ?? join('test/eval/audit', `review-${values.seed}.md`);
  if (existsSync(out) && hasJudgements(readFileSync(out, 'utf8')) && !values.force) {
    fail(`${out} already holds judgements; pass --force to overwrite it, or --out another file`);
  }

  const pack = defaultPack();
  const rules = new Map(pack.rules.map((r) => [r.meta.id, { guideline: r.meta.guideline, description: r.meta.description, severity: r.meta.severity }]));
  const guidelines = new Map(pack.guidelines.map((g) => [g.id, { title: g.title.en, text: g.text.en }]));

  const findings: (AuditFinding & { path: string; language: string })[] = [];
  const corpora: ReviewHeader['corpora'] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) fail(`no such corpus: ${dir}`);
    const label = basename(dir);
    const language = values.corpus?.length ? (lang !== 'all' ? lang : ['en', 'fr'].includes(label) ? label : undefined) : label;
    const files = filesOf(dir);
    process.stderr.write(`linting ${files.length} posts of ${relative(root, dir)}${language ? ` (--language ${language})` : ''}…\n`);
    const results = runCli(files, language ? ['--language', language] : []);
    const before = findings.length;
    for (const result of results) {
      if (result.fatal) fail(`${result.filePath}: ${result.fatal}`);
      const file = `${label}/${relative(dir, result.filePath).split('\\').join('/')}`;
      const lines = new LineIndex(readFileSync(result.filePath, 'utf8'));
      for (const m of result.messages) {
        findings.push({
          id: findingId(label, file, m.ruleId, m),
          corpus: label,
          file,
          path: result.filePath,
          language: result.language ?? language ?? 'en',
          ruleId: m.ruleId,
          guideline: m.guideline,
          severity: rules.get(m.ruleId)?.severity ?? (m.severity === 2 ? 'error' : 'warn'),
          message: m.message,
          start: lines.offset(m.line - 1, m.column - 1),
          end: lines.offset(m.endLine - 1, m.endColumn - 1),
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
        });
      }
    }
    corpora.push({ label, dir: relative(root, dir) || '.', language: language ?? 'detected', posts: files.length, findings: findings.length - before, sampled: 0 });
  }

  const unique = uniqueIds(findings);
  const sample = sampleFindings(unique, n, values.seed!);
  const sources = new Map<string, string>();
  const entries: AuditEntry[] = sample.map((f) => {
    if (!sources.has(f.path)) sources.set(f.path, readFileSync(f.path, 'utf8'));
    const source = sources.get(f.path)!;
    const { path, ...finding } = f;
    return { ...finding, flagged: flaggedText(source, f.start, f.end), context: contextOf(source, f.start, f.end, f.language as Language, formatOf(path)) };
  });
  for (const c of corpora) c.sampled = entries.filter((e) => e.corpus === c.label).length;

  const args = [`--n ${n}`, `--seed ${values.seed}`, ...(values.corpus ?? []).map((c) => `--corpus ${c}`), ...(lang !== 'all' ? [`--lang ${lang}`] : [])];
  const command = `npm run audit-noise -- ${args.join(' ')}`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderReview(entries, { seed: values.seed!, n, corpora, rules, guidelines, command }));
  for (const c of corpora) console.log(`${c.label}: ${c.posts} posts, ${c.findings} findings, ${c.sampled} sampled`);
  const byRule = new Map<string, number>();
  for (const e of entries) byRule.set(e.ruleId, (byRule.get(e.ruleId) ?? 0) + 1);
  console.log(`sampled by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, k]) => `${r} ${k}`).join(', ')}`);
  console.log(`written: ${out} (${entries.length} entries); once judged: npm run audit-tally -- ${out}`);
}

if (values.tally) runTally(values.tally);
else runSample();
