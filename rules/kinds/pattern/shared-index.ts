/**
 * One pattern index per pack and language, shared by everything in the pack that matches
 * patterns: the pattern kind's rules and the pattern entries of phrase rules and detectors.
 * Each block's words are matched once, in one pass, and each user takes its own matches.
 * Twelve indexes each walking every word of every block (their own normal forms, their own
 * trigger lookups) were a sixth of a corpus lint.
 *
 * Users register their rules under an owner prefix of their own, so that two users' entry ids
 * never meet; the index is built when the first block needs it.
 */
import type { Language } from '../../api';
import { compilePatterns, type PatternIndex, type PatternMatch, type PatternRule, type PatternWord } from './pattern-index';

/** The id suffix of an entry's `unless` patterns, registered as an entry of their own. */
export const UNLESS = '\u0000unless';

type Classes = Readonly<Record<string, readonly string[]>>;

const shared = new WeakMap<Classes, Map<Language, SharedPatterns>>();

/** The matches of one block, by owner prefix, with the prefix taken off their rule ids. */
type MatchesByOwner = Map<string, PatternMatch[]>;

/** A pack's shared index in one language; get it with {@link SharedPatterns.of}. */
export class SharedPatterns {
  /**
   * Rules in the order they were registered, in segments: a user that registers after the
   * index was built (a rule made on first use, for the organisation names of a workspace, or
   * a pack compiled again) starts a segment of its own, compiled apart, instead of compiling
   * every pattern again. Each owner's rules lie in one segment, so its matches stay in order.
   */
  private readonly segments: Segment[] = [];
  private byBlock = new WeakMap<readonly PatternWord[], MatchesByOwner>();
  private owners = 0;

  private constructor(
    private readonly classes: Classes,
    private readonly language: Language,
  ) {}

  /** The shared index of the pack whose word classes in `language` are `classes`. */
  static of(classes: Classes, language: Language): SharedPatterns {
    let byLanguage = shared.get(classes);
    if (!byLanguage) shared.set(classes, (byLanguage = new Map()));
    let patterns = byLanguage.get(language);
    if (!patterns) byLanguage.set(language, (patterns = new SharedPatterns(classes, language)));
    return patterns;
  }

  /** Adds one user's rules; returns the owner prefix that {@link matchesOf} takes. */
  register(rules: readonly PatternRule[]): string {
    const owner = `${this.owners++}\u0001`;
    let segment = this.segments[this.segments.length - 1];
    if (!segment || segment.index) this.segments.push((segment = { rules: [] }));
    for (const rule of rules) segment.rules.push({ id: owner + rule.id, patterns: rule.patterns });
    this.byBlock = new WeakMap();
    return owner;
  }

  /** One owner's matches in a block's words (rule ids as the owner registered them), sorted by start. */
  matchesOf(owner: string, words: readonly PatternWord[]): readonly PatternMatch[] {
    let byOwner = this.byBlock.get(words);
    if (!byOwner) this.byBlock.set(words, (byOwner = this.match(words)));
    return byOwner.get(owner) ?? [];
  }

  private match(words: readonly PatternWord[]): MatchesByOwner {
    const byOwner: MatchesByOwner = new Map();
    for (const segment of this.segments) {
      segment.index ??= compilePatterns(segment.rules, this.classes, this.language);
      for (const match of segment.index.match(words)) {
        const split = match.ruleId.indexOf('\u0001') + 1;
        const owner = match.ruleId.slice(0, split);
        let list = byOwner.get(owner);
        if (!list) byOwner.set(owner, (list = []));
        list.push({ ...match, ruleId: match.ruleId.slice(split) });
      }
    }
    return byOwner;
  }
}

interface Segment {
  rules: PatternRule[];
  index?: PatternIndex;
}
