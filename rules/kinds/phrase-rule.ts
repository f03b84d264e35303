/** Builds a rule from a phrase-list data file: the common case of the Vale-style "existence" and "substitution" kinds. */
import type { BlockContext, Report, Rule, RuleMeta } from '../api';
import type { Language } from '../api';
import type { PackResources } from '../pack/spec';
import { formatMessage, type RuleData } from './data';
import { mergeMatches, PatternEntries } from './pattern-entries';
import { PhraseIndex, type PhraseMatch } from './phrase-list';
import { replaceFix } from './fix-titles';

/** How a phrase rule decides and reports, beyond matching. */
export interface PhraseRuleOptions {
  /** Keeps a match only when this returns true (context checks for hard negatives). */
  when?: (match: PhraseMatch, context: BlockContext) => boolean;
  /** The range to report; defaults to the match. */
  range?: (match: PhraseMatch, context: BlockContext) => { start: number; end: number };
  /**
   * The pack's resources: with them, entries that give `patterns` instead of `phrases` are
   * matched through the pattern language with the pack's word classes (rules/kinds/pattern-entries.ts).
   */
  resources?: PackResources;
}

/** A rule that reports every phrase of its data files, with `expected` replacements as fixes. */
export function phraseRule(meta: RuleMeta, data: Partial<Record<Language, RuleData>>, options: PhraseRuleOptions = {}): Rule & { data: typeof data } {
  const indexes = new Map<Language, PhraseIndex>();
  const patterns = new Map<Language, PatternEntries>();
  for (const [language, file] of Object.entries(data) as [Language, RuleData][]) {
    indexes.set(language, new PhraseIndex(file.entries, language));
    const entries = options.resources && PatternEntries.of(file, options.resources.classes[language] ?? {}, language, options.resources.eager);
    if (entries) patterns.set(language, entries);
  }
  return {
    meta,
    data,
    checkBlock(context: BlockContext): Report[] {
      const index = indexes.get(context.language);
      const file = data[context.language];
      if (!index || !file) return [];
      const reports: Report[] = [];
      const own = patterns.get(context.language);
      for (const match of own ? mergeMatches(index.match(context.analysis), own.match(context)) : index.match(context.analysis)) {
        if (options.when && !options.when(match, context)) continue;
        const { start, end } = options.range?.(match, context) ?? match;
        const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
        const expected = match.entry.expected.map((e) => matchCase(e, actual));
        const message = formatMessage(file.messages[match.entry.message], { actual, expected: expected[0] ?? '' });
        reports.push({
          start,
          end,
          message,
          expected,
          // A replacement of `l'abruti` would drop the elision, which depends on the next word's sound.
          fixes: meta.fix === 'none' || match.elided ? [] : expected.map((text) => replaceFix(context.language, start, end, text)),
        });
      }
      return reports;
    },
  };
}

/** Gives a replacement the capitalisation of the text it replaces (first letter only). */
export function matchCase(replacement: string, actual: string): string {
  const first = actual.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
