/**
 * Re-parses only what an edit touches. The document is kept as segments (one per top-level
 * Markdown node). An edit re-parses the segments it touches plus one unchanged neighbour on
 * each side; the result is accepted only if those neighbours come back unchanged, which
 * proves the edit did not leak past them (an opened code fence, a setext underline, a list
 * that now continues). Otherwise the window doubles, up to a full parse. References resolve
 * across the document, so the window is parsed with the definitions its labels use after
 * it, and a window whose edit defines or undefines a label is parsed whole.
 */
import { joinSegments, parseSegments, type Segment } from './markdown';
import type { ProseDocument } from './prose';

/** One edit: `[start, end)` of the old text became `[start, newEnd)` of the new. */
interface Change {
  start: number;
  end: number;
  newEnd: number;
}

/** A document that starts like front matter. */
const FRONTMATTER_FENCE = /^(?:---|\+\+\+)/;

/** The smallest single change that turns `before` into `after` (common prefix and suffix). */
export function diffText(before: string, after: string): Change {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Keep surrogate pairs whole, so that no slice starts or ends inside a character.
  if (start > 0 && isLowSurrogate(after.charCodeAt(start))) start--;
  return { start, end: before.length - tail, newEnd: after.length - tail };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A Markdown document that re-parses incrementally; `update` returns the same prose as a full parse. */
export class IncrementalMarkdown {
  private text: string | undefined;
  private segments: Segment[] = [];
  /** How the last update was done, for tests and benchmarks. */
  lastParse: { kind: 'full' | 'partial'; from: number; to: number } = { kind: 'full', from: 0, to: 0 };

  /** Parses `text`, reusing what it can of the previous version. */
  update(text: string): ProseDocument {
    if (this.text === undefined || !this.tryPartial(text)) this.parseFull(text);
    this.text = text;
    return joinSegments(text, this.segments);
  }

  private parseFull(text: string): void {
    this.segments = parseSegments(text, 0, text.length);
    this.lastParse = { kind: 'full', from: 0, to: text.length };
  }

  private tryPartial(text: string): boolean {
    const old = this.segments;
    const change = diffText(this.text as string, text);
    if (old.length < 3 || unsettledFrontmatter(text, change, old)) return false;
    const delta = change.newEnd - change.end;
    let first = old.findIndex((s) => s.end >= change.start);
    if (first === -1) first = old.length - 1;
    let last = findLastIndex(old, (s) => s.start <= change.end);
    if (last < first) last = first;
    for (let widen = 1; first - widen > 0 || last + widen < old.length - 1; widen *= 2) {
      const lo = Math.max(0, first - widen);
      const hi = Math.min(old.length - 1, last + widen);
      const from = lo === 0 ? 0 : old[lo].start;
      const to = hi === old.length - 1 ? text.length : old[hi].end + delta;
      // A slice that starts with `---` or `+++` would be read as (broken) front matter.
      if (from > 0 && FRONTMATTER_FENCE.test(text.slice(from, from + 3))) continue;
      const definitions = definitionsUsedIn(text.slice(from, to), old.filter((_, i) => i < lo || i > hi));
      const fresh = parseSegments(text, from, to, definitions);
      // A segment running past the slice swallowed the definitions parsed after it.
      if (!keepsNeighbours(fresh, old, lo, hi, delta) || fresh.some((f) => f.end > to)) continue;
      // Definitions made or unmade inside the window (also nested ones, in quotes or lists)
      // change references everywhere.
      if (!sameDefinitions(fresh, old.slice(lo, hi + 1))) return false;
      this.segments = [...old.slice(0, lo), ...fresh, ...old.slice(hi + 1).map((s) => shiftSegment(s, delta))];
      this.lastParse = { kind: 'partial', from, to };
      return true;
    }
    return false;
  }
}

/**
 * A document that starts with a front matter fence parses as a whole until the front matter
 * is closed (an unclosed `+++` turns every later list into a paragraph), and an edit inside
 * the front matter can open or close it.
 */
function unsettledFrontmatter(text: string, change: Change, old: readonly Segment[]): boolean {
  if (!FRONTMATTER_FENCE.test(text)) return false;
  return !(old[0].type === 'yaml' || old[0].type === 'toml') || change.start <= old[0].end + 1;
}

const LABEL = /\[([^\[\]]{1,999})\]/g;

/** A link label as CommonMark matches it: case-folded, inner white space collapsed. */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The normalised label of a definition's source. */
function labelOf(definition: string): string {
  return normalizeLabel(/^\s*\[([^\]]+)\]/.exec(definition)?.[1] ?? definition);
}

/**
 * The definitions of `segments` whose label occurs in brackets in `window`: only those can
 * change how the window parses, and a long post may have hundreds of others.
 */
function definitionsUsedIn(window: string, segments: readonly Segment[]): string {
  const labels = new Set<string>();
  for (const match of window.matchAll(LABEL)) labels.add(normalizeLabel(match[1]));
  if (labels.size === 0) return '';
  const used: string[] = [];
  for (const segment of segments) {
    for (const definition of segment.definitions) if (labels.has(labelOf(definition))) used.push(definition);
  }
  return used.join('\n\n');
}

/**
 * Whether the window defines the same labels as before. Only labels matter: reference links
 * carry no destination into the prose, so editing a definition's URL changes no block.
 */
function sameDefinitions(fresh: readonly Segment[], old: readonly Segment[]): boolean {
  const labels = (segments: readonly Segment[]): string =>
    segments.flatMap((s) => s.definitions).map(labelOf).join('\u0000');
  return labels(fresh) === labels(old);
}

/** Whether the re-parsed window starts and ends with the same untouched neighbours as before. */
function keepsNeighbours(fresh: Segment[], old: Segment[], lo: number, hi: number, delta: number): boolean {
  if (fresh.length === 0) return false;
  const head = fresh[0];
  const tail = fresh[fresh.length - 1];
  const headOk = lo === 0 || (head.type === old[lo].type && head.start === old[lo].start && head.end === old[lo].end);
  const tailOk = hi === old.length - 1 ||
    (tail.type === old[hi].type && tail.start === old[hi].start + delta && tail.end === old[hi].end + delta);
  return headOk && tailOk;
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/** A copy of `segment` moved by `delta` characters. */
function shiftSegment(segment: Segment, delta: number): Segment {
  if (delta === 0) return segment;
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    ...segment,
    start: segment.start + delta,
    end: segment.end + delta,
    blocks: segment.blocks.map((b) => ({ ...b, start: b.start + delta, links: b.links.map(span) })),
    images: segment.images.map(span),
    quotes: segment.quotes.map(span),
    comments: segment.comments.map((c) => ({ ...c, end: c.end + delta })),
  };
}
