/**
 * Pattern entries in a rule of another kind: an entry of a `phrase` rule, or of a detector's
 * data, may give `patterns` (and `unless`, rules/kinds/pattern/README.md) instead of literal
 * `phrases`, for a language whose phrasings vary more than a list can follow (French verb
 * forms, genders, elisions). Their matches come back as {@link PhraseMatch}es, so the rule's
 * own checks (a citation nearby, a target in the sentence) apply to them as to its phrases.
 * As in the pattern kind, `unless` keeps its entry quiet in the sentence where it matches, and
 * text in block quotes (someone else's words) is not checked. A capture named `marker` is what
 * the match reports, when a pattern needs words after it as context only (`marker=(on dit que)
 * *{0,6} @RUMOUR_NEWS` reports `on dit que`).
 */
import type { BlockContext, Language } from '../api';
import { Reader } from '../pack/read';
import { PatternSyntaxError, compilePatterns, type PatternRule } from './pattern/pattern-index';
import { SharedPatterns, UNLESS } from './pattern/shared-index';
import type { Entry, RuleData } from './data';
import type { PhraseMatch } from './phrase-list';

/** The pattern entries of one language's section of a rule. */
export class PatternEntries {
  private readonly byId: Map<string, Entry>;
  private readonly shared: SharedPatterns;
  private readonly owner: string;

  /** Registers `rules` in the pack's shared index (./pattern/shared-index.ts). */
  private constructor(rules: PatternRule[], entries: Entry[], classes: Readonly<Record<string, readonly string[]>>, language: Language) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.shared = SharedPatterns.of(classes, language);
    this.owner = this.shared.register(rules);
  }

  /**
   * The entries of `data` that have `patterns`, or undefined when none has. With `eager`, the
   * patterns compile now, so that a broken one is reported (file, entry) when the pack loads.
   */
  static of(data: RuleData, classes: Readonly<Record<string, readonly string[]>>, language: Language, eager = false): PatternEntries | undefined {
    const read = new Reader(data.file);
    const rules: PatternRule[] = [];
    const entries: Entry[] = [];
    for (const [i, entry] of data.entries.entries()) {
      if (entry.patterns === undefined) continue;
      const where = [...data.path, 'entries', i];
      const patterns = read.strings(entry.patterns, [...where, 'patterns']);
      if (patterns.length === 0) read.fail([...where, 'patterns'], 'a pattern entry needs at least one pattern');
      if (entry.phrases.length > 0) read.fail([...where, 'phrases'], 'an entry has either `phrases` or `patterns`, not both');
      rules.push({ id: entry.id, patterns });
      const unless = entry.unless === undefined ? [] : read.strings(entry.unless, [...where, 'unless']);
      if (unless.length) rules.push({ id: entry.id + UNLESS, patterns: unless });
      entries.push(entry);
    }
    if (entries.length === 0) return undefined;
    if (eager) {
      try {
        compilePatterns(rules, classes, language);
      } catch (error) {
        if (error instanceof PatternSyntaxError) read.fail([...data.path, 'entries'], error.message);
        throw error;
      }
    }
    return new PatternEntries(rules, entries, classes, language);
  }

  /** Every match of the entries in a block, sorted by start; none in a block quote. */
  match(context: BlockContext): PhraseMatch[] {
    if (context.block.quoted) return [];
    const { words, sentences } = context.analysis;
    const all = this.shared.matchesOf(this.owner, words);
    const quiet = new Set(all.filter((m) => m.ruleId.endsWith(UNLESS)).map((m) => `${m.ruleId.slice(0, -UNLESS.length)}\n${words[m.first].sentence}`));
    const matches: PhraseMatch[] = [];
    for (const m of all) {
      if (m.ruleId.endsWith(UNLESS) || quiet.has(`${m.ruleId}\n${words[m.first].sentence}`)) continue;
      const { start, end, first, last } = m.captures.marker ?? m;
      matches.push({ entry: this.byId.get(m.ruleId)!, start, end, sentence: sentences[words[first].sentence], first, last });
    }
    return matches;
  }
}

/**
 * Phrase and pattern matches of one rule in one list, sorted by start, without overlaps: at
 * each start the longest wins, as within a phrase index.
 */
export function mergeMatches(phrases: PhraseMatch[], patterns: PhraseMatch[]): PhraseMatch[] {
  if (patterns.length === 0) return phrases;
  const all = phrases.concat(patterns).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch[] = [];
  for (const match of all) {
    const previous = kept[kept.length - 1];
    if (previous && match.start < previous.end) {
      if (match.end - match.start > previous.end - previous.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}
