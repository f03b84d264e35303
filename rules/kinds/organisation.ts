/**
 * Phrases that name the organisation. Data files write `{organisation}` where the
 * organisation's name goes ("on behalf of {organisation}"); the names come from the settings
 * (the pack's by default) at run time, so that no rule hard-codes one organisation.
 */
import type { BlockContext, Report, Rule, RuleMeta } from '../api';
import type { Language } from '../api';
import type { Entry, RuleData } from './data';
import { PhraseIndex } from './phrase-list';
import { phraseRule, type PhraseRuleOptions } from './phrase-rule';

/** The placeholder data files use for the organisation's name. */
export const ORGANISATION = '{organisation}';

/** `phrase` once per organisation name, or unchanged when it has no placeholder. */
export function expandPhrase(phrase: string, names: readonly string[]): string[] {
  if (!phrase.includes(ORGANISATION)) return [phrase];
  return names.map((name) => phrase.split(ORGANISATION).join(name));
}

/** `entries` with every `{organisation}` phrase expanded for `names`. */
export function expandEntries(entries: readonly Entry[], names: readonly string[]): Entry[] {
  return entries.map((entry) => ({ ...entry, phrases: entry.phrases.flatMap((p) => expandPhrase(p, names)) }));
}

/** `data` with its entries expanded for `names`. */
export function expandData(data: RuleData, names: readonly string[]): RuleData {
  return { ...data, entries: expandEntries(data.entries, names) };
}

const indexCache = new WeakMap<readonly Entry[], Map<string, PhraseIndex>>();

/**
 * Lists of organisation names remembered per rule: a workspace has one or two, but each edit
 * of the setting is a new list, and a server runs all day. Past this many it starts afresh.
 */
export const REMEMBERED_NAME_LISTS = 16;

/** A phrase index of `entries` for the organisation `names`, built once per list of names. */
export function organisationIndex(entries: readonly Entry[], names: readonly string[]): PhraseIndex {
  const byNames = indexCache.get(entries) ?? new Map<string, PhraseIndex>();
  indexCache.set(entries, byNames);
  const key = names.join('\n');
  let index = byNames.get(key);
  if (!index) {
    index = new PhraseIndex(expandEntries(entries, names));
    if (byNames.size >= REMEMBERED_NAME_LISTS) byNames.clear();
    byNames.set(key, index);
  }
  return index;
}

/** {@link phraseRule} for data files whose phrases name the organisation: one inner rule per list of names. */
export function organisationPhraseRule(meta: RuleMeta, data: Partial<Record<Language, RuleData>>, options: PhraseRuleOptions = {}): Rule & { data: typeof data } {
  const byNames = new Map<string, Rule>();
  return {
    meta,
    data,
    checkBlock(context: BlockContext): Report[] {
      const names = context.settings.organisation;
      const key = names.join('\n');
      let rule = byNames.get(key);
      if (!rule) {
        const expanded: Partial<Record<Language, RuleData>> = {};
        for (const [language, file] of Object.entries(data) as [Language, RuleData][]) expanded[language] = expandData(file, names);
        rule = phraseRule(meta, expanded, options);
        if (byNames.size >= REMEMBERED_NAME_LISTS) byNames.clear();
        byNames.set(key, rule);
      }
      return rule.checkBlock?.(context) ?? [];
    },
  };
}
