import retextEquality from 'retext-equality';
import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { normalizeWord } from '../../server/src/engine/analysis';
import { formatMessage, loadRuleData, type Entry } from '../kinds/data';
import { PhraseIndex } from '../kinds/phrase-list';
import { matchCase } from '../kinds/phrase-rule';
import { mayMatch, retextPluginRunner, searchForm, type PluginMessage } from '../kinds/retext-plugin';
import type { Language } from '../../server/src/engine/types';
import en from './non-inclusive-term.en.yml';
import fr from './non-inclusive-term.fr.yml';

const data = {
  en: loadRuleData(en, 'rules/conduct/non-inclusive-term.en.yml'),
  fr: loadRuleData(fr, 'rules/conduct/non-inclusive-term.fr.yml'),
};
const addressWords = { en: new Set(data.en.addressWords as string[]), fr: new Set(data.fr.addressWords as string[]) };
const runEquality = retextPluginRunner(retextEquality, {});
/** Kept retext-equality words: `pattern id + word` → entry. */
const kept = new Map<string, Entry>();
for (const entry of data.en.entries) {
  const patterns = entry.pattern === undefined ? [] : ([] as string[]).concat(entry.pattern as string | string[]);
  for (const pattern of patterns) for (const phrase of entry.phrases) kept.set(`${pattern} ${normalizeWord(phrase)}`, entry);
}
/** First words of the kept phrases: retext-equality runs only on blocks that have one (see mayMatch). */
const keptFirstWords = new Set([...kept.keys()].map((key) => searchForm(key.split(' ')[1])));
const ownPhrases: Record<Language, PhraseIndex> = {
  en: new PhraseIndex(data.en.entries.filter((entry) => entry.pattern === undefined)),
  fr: new PhraseIndex(data.fr.entries),
};

/** A gendered word addresses the reader after "hey"/"you"…, or opens a sentence before a comma. */
function isAddress(start: number, end: number, { analysis, block, language }: BlockContext): boolean {
  const at = analysis.words.findIndex((word) => word.start === start);
  if (at === -1) return false;
  const word = analysis.words[at];
  const previous = analysis.words[at - 1];
  if (previous && previous.sentence === word.sentence) return addressWords[language].has(previous.normal);
  return /^\s*[,!]/.test(block.text.slice(end - block.start));
}

/** The previous word of the word starting at `start`, normalised. */
function previousWord(start: number, { analysis }: BlockContext): string | undefined {
  const at = analysis.words.findIndex((word) => word.start === start);
  return at > 0 ? analysis.words[at - 1].normal : undefined;
}

function replacements(entry: Entry, message: PluginMessage | undefined, context: BlockContext, start: number): string[] {
  if (entry.expectedAfterYou && previousWord(start, context) === 'you') return entry.expectedAfterYou as string[];
  if (entry.expected.length > 0) return entry.expected;
  return entry.pluginSuggestions && message ? message.expected.map((e) => e.toLowerCase()) : [];
}

/** `conduct`: the retext-equality findings the code of conduct cares about (ableist terms, "hey guys"), and a few it lacks. */
export const nonInclusiveTerm: Rule & { data: typeof data } = {
  meta: {
    id: 'non-inclusive-term',
    guideline: 'conduct',
    description: 'Use inclusive language: no ableist terms, no gendered address to a mixed group.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function nonInclusiveTermCheck(context: BlockContext): Report[] {
    const found: { start: number; end: number; entry: Entry; message?: PluginMessage }[] = [];
    // retext-equality is English only; French has its own phrases.
    for (const message of context.language === 'en' && mayMatch(context, keptFirstWords) ? runEquality(context) : []) {
      const entry = kept.get(`${message.pluginRuleId} ${normalizeWord(message.actual)}`);
      if (!entry) continue;
      if (entry.context === 'address' && !isAddress(message.start, message.end, context)) continue;
      found.push({ start: message.start, end: message.end, entry, message });
    }
    for (const match of ownPhrases[context.language].match(context.analysis)) {
      if (match.entry.context === 'address' && !isAddress(match.start, match.end, context)) continue;
      found.push(match);
    }
    return found.map(({ start, end, entry, message }) => {
      const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
      const expected = replacements(entry, message, context, start).map((e) => matchCase(e, actual));
      return {
        start,
        end,
        message: formatMessage(data[context.language].messages[entry.message], { actual, expected: expected[0] ?? '' }),
        expected,
        fixes: expected.map((text) => ({ title: `Replace with \`${text}\``, edits: [{ start, end, text }] })),
      };
    });
  },
};
