/**
 * The false-alarm audit (`npm run audit-noise`, `npm run audit-tally`): the pure parts, so that
 * test/eval/audit-noise.test.ts can check them; test/eval/run-audit-noise.ts runs the CLI and
 * reads and writes the files.
 *
 * 1. Every finding the CLI reports on the corpora gets a stable id (a hash of its corpus, file,
 *    rule and range). The sample is proportional: each corpus (stratum) gets a share of N in
 *    proportion to its finding count (largest remainder), and within a corpus the findings
 *    with the smallest sha256(seed, id) are taken. The same findings and seed always give the
 *    same sample, in whatever order the CLI reported them, and a finding that appears or goes
 *    leaves the rest of the sample as it was, apart from the one place it takes or frees.
 *    Proportional allocation makes the sample self-weighting: the overall false-alarm share
 *    of the sample estimates that of all corpus findings with no reweighting.
 * 2. Each sampled finding is shown with its context: the sentence it lies in (the engine's own
 *    prose blocks and sentence splitting, in the file's language) and the sentence before and
 *    after it in document order, even across paragraphs, headings and list items, copied
 *    verbatim from the source with the finding marked ⟦…⟧.
 * 3. The review file is Markdown: one `### <id>` section per entry with `- key: value` lines,
 *    the context as a block quote (every line starts with `>`, so no text of a post can be
 *    read as a judgement or a heading), and a `judgement:` line the reviewer fills with
 *    `worth`, `borderline` or `false`, and an optional `reason:` line.
 * 4. The tally parses that file strictly (every entry judged exactly once with a known word)
 *    and counts judgements per rule, per corpus and overall.
 */
import { createHash } from 'node:crypto';
import { analyse } from '../../server/src/engine/analysis';
import { markdownToProse } from '../../server/src/engine/markdown';
import { plainTextToProse } from '../../server/src/engine/plain-text';
import type { Language } from '../../server/src/engine/types';

/** One corpus finding, in UTF-16 offsets into its file. */
export interface AuditFinding {
  /** Stable: `<corpus>-<8 hex digits>` from corpus, file, rule and range. */
  id: string;
  /** The corpus's label (its folder's name: `en`, `fr`): the stratum. */
  corpus: string;
  /** `<corpus>/<path inside the corpus>`, as shown to the reviewer. */
  file: string;
  ruleId: string;
  guideline: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  /** 1-based, as the CLI reports them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A sampled finding with what the reviewer reads. */
export interface AuditEntry extends AuditFinding {
  language: string;
  /** The source from `start` to `end`. */
  flagged: string;
  /** The neighbouring sentences with the finding marked ⟦…⟧. */
  context: string;
}

/** The judgements a reviewer may give. */
export const JUDGEMENTS = ['worth', 'borderline', 'false'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export const OPEN = '⟦';
export const CLOSE = '⟧';

// ---------------------------------------------------------------------------------------------
// Ids and sampling

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The id of a finding: the same finding (corpus, file, rule, range) always gets the same id. */
export function findingId(corpus: string, file: string, ruleId: string, range: { line: number; column: number; endLine: number; endColumn: number }): string {
  return `${corpus}-${sha256(`${file}\0${ruleId}\0${range.line}:${range.column}-${range.endLine}:${range.endColumn}`).slice(0, 8)}`;
}

/** Gives findings that share an id (one rule reporting the same range twice) `-2`, `-3`, … in document order. */
export function uniqueIds<T extends { id: string }>(findings: T[]): T[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const count = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, count);
    return count === 1 ? f : { ...f, id: `${f.id}-${count}` };
  });
}

/**
 * Splits `n` among strata in proportion to their counts (largest remainder; ties go to the
 * stratum first in name order). Never gives a stratum more than it has; `n` at or above the
 * total takes everything.
 */
export function allocate(counts: ReadonlyMap<string, number>, n: number): Map<string, number> {
  const names = [...counts.keys()].sort();
  const total = names.reduce((sum, name) => sum + counts.get(name)!, 0);
  const result = new Map(names.map((name) => [name, 0]));
  if (total === 0 || n <= 0) return result;
  if (n >= total) return new Map(names.map((name) => [name, counts.get(name)!]));
  const quotas = names.map((name) => ({ name, quota: (n * counts.get(name)!) / total }));
  for (const q of quotas) result.set(q.name, Math.floor(q.quota));
  let left = n - quotas.reduce((sum, q) => sum + Math.floor(q.quota), 0);
  const byRemainder = [...quotas].sort((a, b) => b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)) || (a.name < b.name ? -1 : 1));
  for (const q of byRemainder) {
    if (left === 0) break;
    if (result.get(q.name)! < counts.get(q.name)!) {
      result.set(q.name, result.get(q.name)! + 1);
      left--;
    }
  }
  return result;
}

/** Document order: corpus, file, start, end, rule. */
export function byPlace(a: AuditFinding, b: AuditFinding): number {
  return cmp(a.corpus, b.corpus) || cmp(a.file, b.file) || a.start - b.start || a.end - b.end || cmp(a.ruleId, b.ruleId) || cmp(a.id, b.id);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The seeded sample: {@link allocate} per corpus, then within each corpus the findings with
 * the smallest sha256(seed, id). Returned in document order ({@link byPlace}).
 */
export function sampleFindings<T extends AuditFinding>(findings: readonly T[], n: number, seed: string): T[] {
  const strata = new Map<string, T[]>();
  for (const f of findings) strata.set(f.corpus, [...(strata.get(f.corpus) ?? []), f]);
  const quota = allocate(new Map([...strata].map(([name, list]) => [name, list.length])), n);
  const chosen: T[] = [];
  for (const [name, list] of strata) {
    const keyed = list.map((f) => ({ f, key: sha256(`${seed}\0${f.id}`) }));
    keyed.sort((a, b) => cmp(a.key, b.key) || cmp(a.f.id, b.f.id));
    chosen.push(...keyed.slice(0, quota.get(name)).map((k) => k.f));
  }
  return chosen.sort(byPlace);
}

// ---------------------------------------------------------------------------------------------
// Context

export interface SentenceSpan {
  start: number;
  end: number;
  block: number;
}

/** Line-start markup: indentation, block quote, heading, list and task markers, emphasis, table pipes. */
const LINE_PREFIX = /^(?:[ \t>#*_+|~-]|\d{1,9}[.)]|\[[ xX]\])*$/;
/** Line-end markup after a sentence: closing emphasis, table pipes, spaces. */
const LINE_SUFFIX = /^[ \t*_~|]*$/;
/** A gap between two context sentences longer than this (or holding a code fence) is elided. */
const MAX_GAP = 160;
/** A finding longer than this is shown with its middle elided. */
const MAX_FLAGGED = 2000;

/** The sentences of `source`'s prose in document order, as the engine splits them (image alt texts left out: they lie inside their paragraph's sentence). */
export function sentencesOf(source: string, language: Language, format: 'markdown' | 'text'): SentenceSpan[] {
  const prose = format === 'markdown' ? markdownToProse(source) : plainTextToProse(source);
  const spans: SentenceSpan[] = [];
  prose.blocks.forEach((block, index) => {
    if (block.kind === 'alt') return;
    for (const s of analyse(block.text, block.start, language).sentences) if (s.end > s.start) spans.push({ start: s.start, end: s.end, block: index });
  });
  // Alt texts come last, for a finding inside an image that no paragraph sentence holds.
  prose.blocks.forEach((block, index) => {
    if (block.kind !== 'alt') return;
    for (const s of analyse(block.text, block.start, language).sentences) if (s.end > s.start) spans.push({ start: s.start, end: s.end, block: -1 - index });
  });
  return spans;
}

type Piece = { from: number; to: number; core?: boolean } | { text: string };

/**
 * The context of the finding `[start, end)` in `source`: its sentence(s), the sentence before
 * and the sentence after, verbatim, with the finding marked ⟦…⟧. Sentences of one block are
 * joined by the source between them; sentences of different blocks by the source between
 * them too (a line break, a list or heading marker) unless it is long or holds a code fence,
 * which is shown as `[… N lines not shown …]`. The first line's leading markup (`- `, `## `,
 * `> `) is kept. A finding in no sentence (front matter, a whole-document finding) gets its
 * lines and the non-blank line before and after.
 */
export function contextOf(source: string, start: number, end: number, language: Language, format: 'markdown' | 'text' = 'markdown'): string {
  const all = sentencesOf(source, language, format);
  let list = all.filter((s) => s.block >= 0);
  let first = list.findIndex((s) => s.start <= start && start < s.end);
  if (first === -1) first = list.findIndex((s) => s.start < Math.max(end, start + 1) && s.end > start);
  if (first === -1) {
    list = all.filter((s) => s.block < 0);
    first = list.findIndex((s) => s.start <= start && start < s.end);
  }
  if (first === -1) return render(source, lineContext(source, start, end), start, end);
  let last = first;
  while (last + 1 < list.length && list[last + 1].start < end) last++;
  const before = list[first - 1];
  const after = list[last + 1];
  const coreFrom = Math.min(start, list[first].start);
  const coreTo = Math.max(end, list[last].end);
  const from = before ? before.start : coreFrom;
  const to = after ? after.end : coreTo;
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  const head = LINE_PREFIX.test(source.slice(lineStart, from)) ? lineStart : from;
  const lineEnd = lineEndOf(source, to);
  const tail = LINE_SUFFIX.test(source.slice(to, lineEnd)) ? lineEnd : to;
  const pieces: Piece[] = [];
  if (before) pieces.push({ from: head, to: before.end }, ...gap(source, before.end, coreFrom, before.block !== list[first].block));
  pieces.push({ from: before ? coreFrom : head, to: after ? coreTo : tail, core: true });
  if (after) pieces.push(...gap(source, coreTo, after.start, after.block !== list[last].block), { from: after.start, to: tail });
  return render(source, pieces, start, end);
}

function lineEndOf(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  const at = newline === -1 ? source.length : newline;
  return at > offset && source[at - 1] === '\r' ? at - 1 : at;
}

/** The source between two context sentences, or `[… N lines not shown …]` for a long gap or one with code, keeping the next line's markup. */
function gap(source: string, from: number, to: number, acrossBlocks: boolean): Piece[] {
  if (to <= from) return [];
  const text = source.slice(from, to);
  if (!acrossBlocks || (text.length <= MAX_GAP && !/^[ \t>]*(?:```|~~~)/m.test(text))) return [{ from, to }];
  const lineStart = source.lastIndexOf('\n', to - 1) + 1;
  const markup = lineStart > from && LINE_PREFIX.test(source.slice(lineStart, to)) ? lineStart : to;
  const hidden = source.slice(from, markup).split(/\r?\n/).filter((line) => line.trim() !== '').length;
  return [{ text: `\n\n[… ${hidden} line${hidden === 1 ? '' : 's'} not shown …]\n\n` }, { from: markup, to }];
}

/** The lines of `[start, end)` and the non-blank line before and after. */
function lineContext(source: string, start: number, end: number): Piece[] {
  const lines: { from: number; to: number }[] = [];
  for (let at = 0; ; ) {
    const to = lineEndOf(source, at);
    lines.push({ from: at, to });
    const newline = source.indexOf('\n', to);
    if (newline === -1) break;
    at = newline + 1;
  }
  const firstLine = Math.max(0, lines.findIndex((l) => l.to >= start));
  let lastLine = firstLine;
  while (lastLine + 1 < lines.length && lines[lastLine + 1].from < end) lastLine++;
  const blank = (l: { from: number; to: number }): boolean => source.slice(l.from, l.to).trim() === '';
  let before = firstLine - 1;
  while (before >= 0 && blank(lines[before])) before--;
  let after = lastLine + 1;
  while (after < lines.length && blank(lines[after])) after++;
  const from = lines[Math.max(0, before)].from;
  const to = lines[Math.min(lines.length - 1, after)].to;
  return [{ from: Math.min(from, start), to: Math.max(to, end), core: true }];
}

/** Joins pieces, marking `[start, end)` in the core piece; a finding longer than {@link MAX_FLAGGED} has its middle elided. */
function render(source: string, pieces: readonly Piece[], start: number, end: number): string {
  return pieces.map((piece) => {
    if ('text' in piece) return piece.text;
    if (!piece.core) return source.slice(piece.from, piece.to);
    return `${source.slice(piece.from, start)}${OPEN}${flaggedText(source, start, end)}${CLOSE}${source.slice(end, piece.to)}`;
  }).join('');
}

/** The source of `[start, end)`, its middle elided (and said so) past {@link MAX_FLAGGED} characters. */
export function flaggedText(source: string, start: number, end: number): string {
  if (end - start <= MAX_FLAGGED) return source.slice(start, end);
  const half = MAX_FLAGGED / 2;
  return `${source.slice(start, start + half)} [… ${end - start - MAX_FLAGGED} characters of the finding not shown …] ${source.slice(end - half, end)}`;
}

// ---------------------------------------------------------------------------------------------
// The review file

export interface ReviewHeader {
  seed: string;
  n: number;
  /** Per corpus: posts, findings in all, findings sampled. */
  corpora: { label: string; dir: string; language: string; posts: number; findings: number; sampled: number }[];
  /** Rule id → description and guideline, for the reviewer. */
  rules: Map<string, { guideline: string; description: string }>;
  /** Guideline id → its title and text. */
  guidelines: Map<string, { title: string; text: string }>;
  command: string;
}

/** One line for a value shown on a `- key:` line: line breaks as ⏎. */
const oneLine = (text: string): string => text.replace(/\r?\n/g, ' ⏎ ');

/** The flagged text on one line; past {@link MAX_FLAGGED_LINE} characters its start and end (it is whole in the context). */
function flaggedLine(flagged: string): string {
  if (flagged.length <= MAX_FLAGGED_LINE) return `${OPEN}${oneLine(flagged)}${CLOSE}`;
  return `${OPEN}${oneLine(flagged.slice(0, 100))} … ${oneLine(flagged.slice(-50))}${CLOSE} (${flagged.length} characters; whole in the context below)`;
}

const MAX_FLAGGED_LINE = 200;

/** Each line prefixed `> ` (a bare `>` for an empty line), so nothing in it reads as a heading or a judgement. */
const quoted = (text: string): string => text.split(/\r?\n/).map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n');

/** The review file's text. Deterministic: the same entries and header give the same bytes. */
export function renderReview(entries: readonly AuditEntry[], header: ReviewHeader): string {
  const out: string[] = [
    '# Guidelint false-alarm audit: review file',
    '',
    `<!-- guidelint-audit seed=${header.seed} n=${header.n} entries=${entries.length} -->`,
    '',
    `Generated by \`${header.command}\`. Sample: ${entries.length} of ${header.corpora.reduce((s, c) => s + c.findings, 0)} findings, seed \`${header.seed}\`, allotted to each corpus in proportion to its findings; within a corpus the findings are picked by a seeded hash of their id.`,
    '',
    '| corpus | language | posts | findings | sampled |',
    '|---|---|---:|---:|---:|',
    ...header.corpora.map((c) => `| ${c.label} (\`${c.dir}\`) | ${c.language} | ${c.posts} | ${c.findings} | ${c.sampled} |`),
    '',
    '## How to judge',
    '',
    'These posts were written by outside authors who never saw Guidelint. For every entry, read the',
    'context (the sentence with the finding, marked ⟦…⟧, and the sentence before and after it, copied',
    'verbatim from the post) and the message the author would see, then fill in the `judgement:` line',
    'with exactly one word:',
    '',
    '- `worth`: worth flagging; an editor applying the guideline would want the author to look at it.',
    '- `borderline`: defensible either way, or right but not worth interrupting the author for.',
    '- `false`: a false alarm; the guideline does not apply here, or the finding misreads the text.',
    '',
    'Optionally say why on the `reason:` line (one line). Change nothing else. When every entry is',
    'judged, run `npm run audit-tally -- <this file>`.',
    '',
    '## Rules in this sample',
    '',
  ];
  const ruleIds = [...new Set(entries.map((e) => e.ruleId))].sort();
  for (const id of ruleIds) {
    const rule = header.rules.get(id);
    const guideline = rule ? header.guidelines.get(rule.guideline) : undefined;
    out.push(`- \`${id}\` (guideline \`${rule?.guideline ?? '?'}\`${guideline ? `: ${guideline.title}` : ''}): ${rule?.description ?? ''}`);
  }
  const guidelineIds = [...new Set(ruleIds.map((id) => header.rules.get(id)?.guideline).filter((g): g is string => !!g))].sort();
  out.push('', 'Guidelines:', '');
  for (const id of guidelineIds) {
    const g = header.guidelines.get(id);
    out.push(`- \`${id}\`: ${g ? `${g.title}. ${oneLine(g.text)}` : ''}`);
  }
  out.push('', '## Entries', '');
  entries.forEach((e, index) => {
    out.push(
      `### ${e.id}`,
      '',
      `- entry: ${index + 1} of ${entries.length}`,
      `- rule: ${e.ruleId}`,
      `- guideline: ${e.guideline}`,
      `- severity: ${e.severity}`,
      `- corpus: ${e.corpus}`,
      `- language: ${e.language}`,
      `- at: ${e.file}:${e.line}:${e.column} (to ${e.endLine}:${e.endColumn})`,
      `- flagged: ${flaggedLine(e.flagged)}`,
      `- message: ${oneLine(e.message)}`,
      '',
      quoted(e.context),
      '',
      'judgement:',
      'reason:',
      '',
    );
  });
  return out.join('\n');
}

export interface ReviewEntry {
  id: string;
  /** 1-based line of the entry's heading in the review file. */
  line: number;
  fields: Record<string, string>;
  judgement?: Judgement;
  reason: string;
}

export interface ParsedReview {
  seed?: string;
  entries: ReviewEntry[];
  /** Each names the entry id (or the line) and what is wrong. */
  problems: string[];
}

const ENTRY = /^###\s+(\S+)\s*$/;
const FIELD = /^- ([a-z]+):\s?(.*)$/;
const JUDGEMENT = /^judgement\s*:(.*)$/i;
const REASON = /^reason\s*:(.*)$/i;
/** A judgement word (with its long forms), optionally wrapped in * _ `, then an optional inline reason. */
const VALUE = /^[*_`]*(worth(?: flagging)?|borderline|false(?: alarm)?)[*_`]*(?:$|[\s,;:.—–-]+(.*)$)/i;

/**
 * Reads a review file strictly. Lines starting with `>` (the contexts) are never read as
 * fields or judgements. Problems: no entries, an id twice, an entry without a rule, without a
 * `judgement:` line, with two, with an empty one or with an unknown word; a `judgement:` line
 * before the first entry.
 */
export function parseReview(text: string): ParsedReview {
  const lines = text.split(/\r?\n/);
  const entries: ReviewEntry[] = [];
  const problems: string[] = [];
  const judgementLines = new Map<ReviewEntry, string[]>();
  let seed: string | undefined;
  let current: ReviewEntry | undefined;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.startsWith('>')) return;
    const header = /^<!-- guidelint-audit seed=(\S+)/.exec(line);
    if (header && !current) seed = header[1];
    const entry = ENTRY.exec(line);
    if (entry) {
      current = { id: entry[1], line: index + 1, fields: {}, reason: '' };
      entries.push(current);
      judgementLines.set(current, []);
      return;
    }
    const judgement = JUDGEMENT.exec(line);
    if (judgement) {
      if (!current) problems.push(`line ${index + 1}: a judgement line before the first entry`);
      else judgementLines.get(current)!.push(judgement[1].trim());
      return;
    }
    if (!current) return;
    const reason = REASON.exec(line);
    if (reason) {
      current.reason = [current.reason, reason[1].trim()].filter(Boolean).join('; ');
      return;
    }
    const field = FIELD.exec(line);
    if (field && !(field[1] in current.fields)) current.fields[field[1]] = field[2].trim();
  });
  if (entries.length === 0) problems.push('no entries (no `### <id>` headings)');
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`${e.id} (line ${e.line}): the id occurs twice`);
    seen.add(e.id);
    if (!e.fields.rule) problems.push(`${e.id} (line ${e.line}): no \`- rule:\` line`);
    const values = judgementLines.get(e)!;
    if (values.length === 0) {
      problems.push(`${e.id} (line ${e.line}): no \`judgement:\` line`);
      continue;
    }
    if (values.length > 1) {
      problems.push(`${e.id} (line ${e.line}): ${values.length} \`judgement:\` lines; keep one`);
      continue;
    }
    if (values[0] === '') {
      problems.push(`${e.id} (line ${e.line}): not judged; write worth, borderline or false after \`judgement:\``);
      continue;
    }
    const value = VALUE.exec(values[0]);
    if (!value) {
      problems.push(`${e.id} (line ${e.line}): judgement \`${values[0]}\` is not one of worth, borderline, false`);
      continue;
    }
    e.judgement = value[1].toLowerCase().split(' ')[0] as Judgement;
    const inline = value[2]?.trim();
    if (inline) e.reason = [inline, e.reason].filter(Boolean).join('; ');
  }
  return { seed, entries, problems };
}

/** True when a review file has at least one judgement filled in (so it must not be overwritten). */
export function hasJudgements(text: string): boolean {
  return text.split(/\r?\n/).some((line) => {
    const match = JUDGEMENT.exec(line.trim());
    return !!match && match[1].trim() !== '';
  });
}

// ---------------------------------------------------------------------------------------------
// The tally

export interface TallyRow {
  /** A rule id, `all <corpus>` or `overall`. */
  name: string;
  guideline: string;
  sampled: number;
  worth: number;
  borderline: number;
  false: number;
  /** false / sampled. */
  falseShare: number;
  /** (false + borderline) / sampled. */
  notWorthShare: number;
  /** Wilson 95 % interval of the false share. */
  falseShare95: [number, number];
}

export interface Tally {
  rules: TallyRow[];
  corpora: TallyRow[];
  overall: TallyRow;
}

/** Wilson score interval at 95 % for `k` of `n`. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 0];
  const z = 1.959963984540054;
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function row(name: string, guideline: string, entries: readonly ReviewEntry[]): TallyRow {
  const count = (j: Judgement): number => entries.filter((e) => e.judgement === j).length;
  const sampled = entries.length;
  const worth = count('worth');
  const borderline = count('borderline');
  const falseCount = count('false');
  return {
    name,
    guideline,
    sampled,
    worth,
    borderline,
    false: falseCount,
    falseShare: sampled ? falseCount / sampled : 0,
    notWorthShare: sampled ? (falseCount + borderline) / sampled : 0,
    falseShare95: wilson(falseCount, sampled),
  };
}

/** Counts judged entries per rule (most sampled first), per corpus and overall. */
export function tally(entries: readonly ReviewEntry[]): Tally {
  const rules = [...new Set(entries.map((e) => e.fields.rule))].map((rule) => {
    const mine = entries.filter((e) => e.fields.rule === rule);
    return row(rule, mine[0].fields.guideline ?? '', mine);
  });
  rules.sort((a, b) => b.sampled - a.sampled || cmp(a.name, b.name));
  const corpora = [...new Set(entries.map((e) => e.fields.corpus ?? e.id.split('-')[0]))].sort().map((corpus) => row(`all ${corpus}`, '', entries.filter((e) => (e.fields.corpus ?? e.id.split('-')[0]) === corpus)));
  return { rules, corpora, overall: row('overall', '', entries) };
}

const percent = (x: number): string => `${(x * 100).toFixed(0)} %`;

/** The tally as a Markdown table (for the README). */
export function formatTally(t: Tally): string {
  const lines = [
    '| rule | guideline | sampled | worth | borderline | false | false-alarm share (95 % CI) | borderline + false |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const add = (r: TallyRow, bold = false): void => {
    const name = bold ? `**${r.name}**` : `\`${r.name}\``;
    lines.push(`| ${name} | ${r.guideline} | ${r.sampled} | ${r.worth} | ${r.borderline} | ${r.false} | ${percent(r.falseShare)} (${percent(r.falseShare95[0])}–${percent(r.falseShare95[1])}) | ${percent(r.notWorthShare)} |`);
  };
  for (const r of t.rules) add(r);
  for (const r of t.corpora) add(r, true);
  add(t.overall, true);
  return lines.join('\n');
}
