/**
 * Fixes that fix (issue 12, item 3c), checked when a rule's reports are made, so that every
 * front end (quick fixes, fix-all, `--fix`) offers only fixes that:
 * - change something (`#A5` was offered "write `#A5` as `#A5`");
 * - never rewrite what is not prose (code, a URL, HTML: masked in the block's text);
 * - make the rule stop reporting there: a block rule is run again on the block with its fixes
 *   applied (`#Rust2019` was flagged again after its own fix);
 * - for a paragraph appended to a Markdown document (a disclaimer), land as prose, not inside an
 *   unclosed code fence or HTML block.
 * A report keeps its message; a fix that fails a check is dropped.
 */
import type { analyse } from './analysis';
import { MASK, type ProseBlock, type ProseDocument } from './prose';
import type { BlockContext, Report, Rule } from './rule';
import type { Fix, TextEdit } from './types';

/** A fix whose edits all leave the text as it was. */
function isNoOp(fix: Fix, source: string): boolean {
  return fix.edits.every((edit) => source.slice(edit.start, edit.end) === edit.text);
}

/** Whether an edit replaces masked text (code, URLs, HTML) of `block`. Edits outside the block are not its business. */
function touchesMask(edit: TextEdit, block: ProseBlock): boolean {
  const from = Math.max(edit.start, block.start) - block.start;
  const to = Math.min(edit.end, block.start + block.text.length) - block.start;
  return from < to && block.text.slice(from, to).includes(MASK);
}

/** Whether all of `fix`'s edits lie inside `block`'s text. */
function inside(fix: Fix, block: ProseBlock): boolean {
  return fix.edits.every((edit) => edit.start >= block.start && edit.end <= block.start + block.text.length);
}

/**
 * `reports` of a block `rule` with only the fixes that pass the checks. `source` is the
 * document, `parse` the engine's block parser. Each round applies, together, one fix of each
 * report that does not overlap the others, and runs the rule once on the result; fixes that
 * overlap wait for a later round, so a block costs one extra run of the rule per round.
 */
export function checkBlockFixes(rule: Rule, reports: Report[], context: BlockContext, source: string, parse: typeof analyse): Report[] {
  const { block } = context;
  type Candidate = { report: number; fix: number; verdict?: boolean };
  const pending: Candidate[] = [];
  reports.forEach((report, r) => report.fixes?.forEach((fix, f) => {
    if (isNoOp(fix, source) || fix.edits.some((edit) => touchesMask(edit, block))) pending.push({ report: r, fix: f, verdict: false });
    else if (inside(fix, block)) pending.push({ report: r, fix: f });
    // A fix outside its block (none of the default pack's) is left as it is.
  }));
  const editsOf = (c: Candidate): TextEdit[] => reports[c.report].fixes![c.fix].edits;
  const firstStart = (c: Candidate): number => editsOf(c).reduce((min, e) => Math.min(min, e.start), Infinity);
  let open = pending.filter((c) => c.verdict === undefined).sort((a, b) => firstStart(a) - firstStart(b));
  while (open.length > 0) {
    // In order of position, a fix joins the batch when it starts after every edit taken (an insertion counts one character).
    const batch: Candidate[] = [];
    const edits: TextEdit[] = [];
    const later: Candidate[] = [];
    const reportsInBatch = new Set<number>();
    let reach = -Infinity;
    for (const candidate of open) {
      const fixEdits = editsOf(candidate);
      if (reportsInBatch.has(candidate.report) || fixEdits.some((e) => e.start < reach)) later.push(candidate);
      else {
        batch.push(candidate);
        reportsInBatch.add(candidate.report);
        for (const e of fixEdits) {
          edits.push(e);
          reach = Math.max(reach, e.end, e.start + 1);
        }
      }
    }
    edits.sort(byRange);
    const moved = new Shift(edits);
    const stillReported = rerun(rule, context, edits, moved, parse);
    const reported = stillReported && new Coverage(stillReported);
    for (const candidate of batch) {
      candidate.verdict = reported !== undefined && !editsOf(candidate).some((edit) => {
        const start = moved.at(edit.start);
        return reported.overlaps(start, Math.max(start + edit.text.length, start + 1));
      });
    }
    open = later;
  }
  const rejected = new Set(pending.filter((c) => c.verdict === false).map((c) => `${c.report}:${c.fix}`));
  if (rejected.size === 0) return reports;
  return reports.map((report, r) => (report.fixes?.length ? { ...report, fixes: report.fixes.filter((_, f) => !rejected.has(`${r}:${f}`)) } : report));
}

const byRange = (a: TextEdit, b: TextEdit): number => a.start - b.start || a.end - b.end;

/** Offsets before and after sorted, non-overlapping edits. */
class Shift {
  /** `deltas[i]`: how much the edits before `edits[i]` lengthen the text. */
  private readonly deltas: number[] = [0];

  constructor(private readonly edits: readonly TextEdit[]) {
    for (const edit of edits) this.deltas.push(this.deltas[this.deltas.length - 1] + edit.text.length - (edit.end - edit.start));
  }

  /** Where `offset` (an edit's start, or an offset outside every edit) is once the edits are applied: an edit that starts there comes at it. */
  at(offset: number): number {
    let low = 0;
    let high = this.edits.length;
    // The edits that end before `offset`, or at it without starting there.
    while (low < high) {
      const middle = (low + high) >>> 1;
      const edit = this.edits[middle];
      if (edit.end < offset || (edit.end === offset && edit.start < offset)) low = middle + 1;
      else high = middle;
    }
    return offset + this.deltas[low];
  }
}

/** Which ranges a rule's reports cover, for overlap queries in O(log n). */
class Coverage {
  private readonly starts: number[];
  /** `reach[i]`: the furthest end of the reports `0..i` (a report of no length counts one character). */
  private readonly reach: number[] = [];

  constructor(reports: readonly Report[]) {
    const sorted = [...reports].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((r) => r.start);
    let reach = -Infinity;
    for (const r of sorted) this.reach.push((reach = Math.max(reach, r.end, r.start + 1)));
  }

  /** Whether a report overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[middle] < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.reach[low - 1] > start;
  }
}

/** The reports of `rule` on its block with sorted `edits` applied, in the new block's offsets; undefined when the rule throws there. */
function rerun(rule: Rule, context: BlockContext, edits: readonly TextEdit[], moved: Shift, parse: typeof analyse): Report[] | undefined {
  const { block } = context;
  let text = '';
  let at = 0;
  for (const edit of edits) {
    text += block.text.slice(at, edit.start - block.start) + edit.text;
    at = edit.end - block.start;
  }
  text += block.text.slice(at);
  const links = block.links.map((link) => ({ ...link, start: moved.at(link.start), end: moved.at(link.end) }));
  const fixed: ProseBlock = { ...block, text, links };
  try {
    return rule.checkBlock!({ ...context, block: fixed, analysis: parse(text, block.start, context.language) });
  } catch {
    return undefined;
  }
}

/**
 * Whether the paragraph a document fix appends (an insertion at the end of `source`) lands as
 * prose of a Markdown document, which `parse` (the engine's Markdown parser; an incremental one
 * keeps this cheap from keystroke to keystroke) reads with the fix applied.
 */
export function appendsProse(source: string, edit: TextEdit, parse: (text: string) => ProseDocument): boolean {
  // The appended paragraph is the inserted text's last line (a fence that closes code may come first).
  const body = edit.text.trimEnd();
  if (body.trim() === '') return true;
  const lineStart = body.lastIndexOf('\n') + 1;
  const line = body.slice(lineStart);
  const at = edit.start + lineStart + (line.length - line.trimStart().length);
  const prose = parse(source.slice(0, edit.start) + edit.text + source.slice(edit.end));
  return prose.blocks.some((b) => b.start <= at && at < b.start + b.text.length && b.text[at - b.start] !== MASK);
}

/** `reports` of a document rule without the fixes that change nothing or append outside prose (`parse`: Markdown only). */
export function checkDocumentFixes(reports: Report[], source: string, parse: ((text: string) => ProseDocument) | undefined): Report[] {
  if (!reports.some((r) => r.fixes?.length)) return reports;
  const end = source.trimEnd().length;
  return reports.map((report) => {
    if (!report.fixes?.length) return report;
    const fixes = report.fixes.filter((fix) => !isNoOp(fix, source) && fix.edits.every((edit) =>
      parse === undefined || edit.start !== edit.end || edit.start < end || appendsProse(source, edit, parse)));
    return fixes.length === report.fixes.length ? report : { ...report, fixes };
  });
}
