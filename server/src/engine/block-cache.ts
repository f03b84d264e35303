/**
 * The block cache: what block rules found in a block, keyed by everything they can see
 * (text, kind, place, link destinations, language). An unchanged block that merely moved is
 * shifted instead of re-parsed and re-checked. It holds the blocks of the latest version only.
 */
import { analyse, type BlockAnalysis } from './analysis';
import type { ProseBlock } from './prose';
import type { Report } from './rule';
import type { Language } from './types';

/** What the cache keeps for a block: its analysis and each block rule's reports, at `start`. */
export interface BlockResult {
  start: number;
  /** {@link contextOf} the block it was made for. */
  context: string;
  analysis: BlockAnalysis;
  /** Rule id → reports, in document offsets for `start`. */
  reports: Map<string, Report[]>;
}

/** What else a block rule can see besides the text. */
function contextOf(block: ProseBlock, language: Language): string {
  return `${language}${block.kind}${block.quoted ? 1 : 0}${block.listItem ? 1 : 0}${block.links.map((l) => l.url).join('\u0001')}`;
}

/** Block results of the previous version, reused for blocks that did not change. */
export class BlockCache {
  /** @param parse parses a block (analysis.ts; tests pass one that fails). */
  constructor(private readonly parse: typeof analyse = analyse) {}

  // Text → results, one per occurrence: identical blocks (a repeated line, a signature) each
  // need their own result, since moving a result's origin moves its words.
  private previous = new Map<string, BlockResult[]>();
  private current = new Map<string, BlockResult[]>();

  /** The result for `block`, computed with `check` when the block is new. */
  get(block: ProseBlock, language: Language, check: (analysis: BlockAnalysis) => Map<string, Report[]>): BlockResult {
    // Keyed by the text itself: an unchanged block keeps its string, whose hash V8 caches.
    const context = contextOf(block, language);
    const candidates = this.previous.get(block.text);
    const index = candidates ? candidates.findIndex((c) => c.context === context) : -1;
    let result: BlockResult;
    if (index !== -1) {
      result = candidates!.splice(index, 1)[0];
      if (result.start !== block.start) result = shiftResult(result, block.start);
    } else {
      const analysis = this.parse(block.text, block.start, language);
      result = { start: block.start, context, analysis: withoutTree(analysis, block.text, language, this.parse), reports: check(analysis) };
    }
    const placed = this.current.get(block.text);
    if (placed) placed.push(result);
    else this.current.set(block.text, [result]);
    return result;
  }

  /** Starts a version: forgets what an unfinished (abandoned) version placed. */
  begin(): void {
    this.current = new Map();
  }

  /** Ends a version: only blocks of this version stay cached. */
  commit(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/**
 * The analysis to keep: the nlcst tree is most of a block's memory and only block rules
 * read it, once; document rules use words and sentences. It is re-parsed if ever asked for.
 */
function withoutTree(analysis: BlockAnalysis, text: string, language: Language, parse: typeof analyse): BlockAnalysis {
  const { sentences, words, origin } = analysis;
  return {
    sentences,
    words,
    origin,
    get tree() {
      return parse(text, 0, language).tree;
    },
  };
}

/** Moves a cached result to `start`: its analysis by its origin, its few reports by copy. */
function shiftResult(result: BlockResult, start: number): BlockResult {
  const delta = start - result.start;
  result.analysis.origin.offset = start;
  const reports = new Map<string, Report[]>();
  for (const [rule, list] of result.reports) {
    reports.set(rule, list.map((r) => ({
      ...r,
      start: r.start + delta,
      end: r.end + delta,
      fixes: r.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
    })));
  }
  return { start, context: result.context, analysis: result.analysis, reports };
}
