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
  analysis: BlockAnalysis;
  /** Rule id → reports, in document offsets for `start`. */
  reports: Map<string, Report[]>;
}

function keyOf(block: ProseBlock, language: Language): string {
  const links = block.links.map((l) => l.url).join('\u0001');
  return `${language}\u0000${block.kind}${block.quoted ? 1 : 0}${block.listItem ? 1 : 0}\u0000${links}\u0000${block.text}`;
}

/** Block results of the previous version, reused for blocks that did not change. */
export class BlockCache {
  private previous = new Map<string, BlockResult>();
  private current = new Map<string, BlockResult>();

  /** The result for `block`, computed with `check` when the block is new. */
  get(block: ProseBlock, language: Language, check: (analysis: BlockAnalysis) => Map<string, Report[]>): BlockResult {
    const key = keyOf(block, language);
    let result = this.current.get(key) ?? this.previous.get(key);
    if (result) {
      if (result.start !== block.start) result = shiftResult(result, block.start);
    } else {
      const analysis = analyse(block.text, block.start, language);
      result = { start: block.start, analysis: withoutTree(analysis, block.text, language), reports: check(analysis) };
    }
    // Two identical blocks share one key; the last one placed wins, the other is shifted on use.
    this.current.set(key, result);
    return result;
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
function withoutTree(analysis: BlockAnalysis, text: string, language: Language): BlockAnalysis {
  const { sentences, words } = analysis;
  return {
    sentences,
    words,
    get tree() {
      return analyse(text, 0, language).tree;
    },
  };
}

function shiftResult(result: BlockResult, start: number): BlockResult {
  const delta = start - result.start;
  const { analysis } = result;
  const sentences = analysis.sentences.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta, words: [] as typeof s.words }));
  const words = analysis.words.map((w) => {
    const word = { ...w, start: w.start + delta, end: w.end + delta };
    sentences[w.sentence].words.push(word);
    return word;
  });
  const reports = new Map<string, Report[]>();
  for (const [rule, list] of result.reports) {
    reports.set(rule, list.map((r) => ({
      ...r,
      start: r.start + delta,
      end: r.end + delta,
      fixes: r.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
    })));
  }
  return { start, analysis: { get tree() { return analysis.tree; }, sentences, words }, reports };
}
