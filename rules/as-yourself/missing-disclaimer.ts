import type { BlockAnalysis, BlockContext, DocumentContext, Language, ProseBlock, Report, Word } from '../api';
import { dataSet, dataString, formatMessage, type Entry, type RuleData } from '../kinds/data';
import { ORGANISATION, organisationIndex } from '../kinds/organisation';
import { phraseWords, type PhraseMatch } from '../kinds/phrase-list';
import { PatternEntries } from '../kinds/pattern-entries';
import { appendEdit } from '../kinds/required';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';
import { fixTitle } from '../kinds/fix-titles';

/** One language's data and the word lists that delimit the phrase naming the policy. */
interface Lexicon {
  file: RuleData;
  disclaimer: string;
  determiners: Set<string>;
  linkers: Set<string>;
  /** Policy entries apart from the others, so that a judgement ("a bad decision") does not hide the policy word it contains. */
  policies: Entry[];
  others: Entry[];
  /** Words that name the organisation when written with a capital ("the Laboratory's rule"), as word lists. */
  aliases: string[][];
  /**
   * Entries written as patterns (role `judged-policy`): a sentence that names a policy and judges it
   * at once ("Closing the library on Sundays is the worst call the Lab has made"); the match is the
   * finding, when one of the organisation's names is in it.
   */
  judged?: PatternEntries;
}

function lexiconOf(file: RuleData, language: Language, resources: PackResources): Lexicon {
  const phrases = file.entries.filter((e) => e.patterns === undefined);
  return {
    file,
    disclaimer: dataString(file, 'disclaimer'),
    determiners: dataSet(file, 'determiners'),
    linkers: dataSet(file, 'linkers'),
    policies: phrases.filter((e) => e.role === 'policy'),
    others: phrases.filter((e) => e.role !== 'policy'),
    judged: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager),
    aliases: file.aliases === undefined ? [] : [...dataSet(file, 'aliases')].map(phraseWords).filter((a) => a.length > 0),
  };
}

/** How far back from the policy word its noun phrase may start. */
const PHRASE_WORDS = 5;
/** How far back in the sentence an organisation name may anchor the policy ("CERN made a bad decision"). */
const SENTENCE_WORDS = 8;

const bare = (word: Word): string => word.normal.replace(/'s$/, '');

/** The number of words of the organisation name (one of `names`, as word lists) that starts at word `at`, or 0. */
function nameAt(words: readonly Word[], at: number, names: readonly string[][]): number {
  for (const name of names) {
    if (at + name.length > words.length) continue;
    if (name.every((part, k) => bare(words[at + k]) === part && words[at + k].sentence === words[at].sentence)) return name.length;
  }
  return 0;
}

/** True when only white space separates words `k` and `k + 1` (no comma, no sentence break). */
function adjacent(block: ProseBlock, words: readonly Word[], k: number): boolean {
  return words[k].sentence === words[k + 1].sentence && /^\s+$/.test(block.text.slice(words[k].end - block.start, words[k + 1].start - block.start));
}

/** The phrase naming the policy around `match` ("the new remote-work policy at CERN"), or undefined when it does not concern the organisation. */
function policyPhrase(block: ProseBlock, { words }: BlockAnalysis, match: PhraseMatch, names: readonly string[][], { determiners, linkers }: Lexicon): { start: number; end: number } | undefined {
  let first = match.first;
  let named = false;
  for (let k = match.first - 1; k >= 0 && match.first - k <= PHRASE_WORDS && adjacent(block, words, k); k--) {
    const isName = nameAt(words, k, names) > 0;
    if (isName) { named = true; first = k; }
    // "CERN's new policy" ends the walk; "management's decision" does not.
    if (determiners.has(words[k].normal) || (isName && words[k].normal.endsWith("'s"))) { first = k; break; }
  }
  let last = match.last;
  // "the policy at CERN", and French complements "la politique de télétravail du CERN": a
  // linker right after the policy word, then a few words, up to a linker and the name.
  if (match.last + 2 < words.length && adjacent(block, words, match.last) && linkers.has(words[match.last + 1].normal)) {
    for (let k = match.last + 1; k + 1 < words.length && k - match.last <= PHRASE_WORDS; k++) {
      const length = linkers.has(words[k].normal) ? nameAt(words, k + 1, names) : 0;
      if (length) { named = true; last = k + length; break; }
      if (!adjacent(block, words, k)) break;
    }
  }
  for (let k = first; k <= last && !named; k++) named = nameAt(words, k, names) > 0;
  if (!named) {
    // "CERN made a bad decision": the organisation earlier in the same sentence.
    for (let k = first - 1; k >= 0 && first - k <= SENTENCE_WORDS && words[k].sentence === words[match.first].sentence; k--) {
      if (nameAt(words, k, names)) {
        // "Le CERN a pris une mauvaise décision": the name's determiner too.
        first = k > 0 && determiners.has(words[k - 1].normal) && adjacent(block, words, k - 1) ? k - 1 : k;
        named = true;
        break;
      }
    }
  }
  return named ? { start: words[first].start, end: words[last].end } : undefined;
}

/** `as-yourself`: a post that judges the organisation's policy or decisions with no personal-capacity disclaimer anywhere. */
/** The first `judged-policy` pattern match of a block that names the organisation (one of `names`, as word lists). */
function judgedPolicy(context: BlockContext, judged: PatternEntries | undefined, names: readonly string[][]): { start: number; end: number } | undefined {
  const { words } = context.analysis;
  for (const match of judged?.match(context) ?? []) {
    for (let k = match.first; k <= match.last; k++) if (nameAt(words, k, names)) return { start: match.start, end: match.end };
  }
  return undefined;
}

export const missingDisclaimer: Detector = {
  name: 'missing-disclaimer',
  create(spec, resources) {
    const lexicons = perLanguage(spec, (file, language) => lexiconOf(file, language, resources));
    return {
      meta: spec.meta,
      checkDocument: function missingDisclaimerCheck(context: DocumentContext): Report[] {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return [];
        const { file } = lexicon;
        const names = context.settings.organisation;
        const policies = organisationIndex(lexicon.policies, names);
        const others = organisationIndex(lexicon.others, names);
        const nameWords = names.map(phraseWords).filter((n) => n.length > 0);
        // Aliases count only when capitalised, as a name is ("the Laboratory", not "our lab").
        const capitalised = (analysis: BlockAnalysis) => lexicon.aliases.length === 0 ? nameWords : [...nameWords, ...lexicon.aliases.filter((alias) => analysis.words.some((w) => bare(w) === alias[0] && /^\p{Lu}/u.test(w.text)))];
        const matches = context.analyses.map((analysis) => [...policies.match(analysis), ...others.match(analysis)]);
        if (matches.some((list) => list.some((m) => m.entry.role === 'disclaimer'))) return [];
        for (const [b, block] of context.prose.blocks.entries()) {
          // Pasted third-party text is not the author's opinion (link-dont-copy covers it).
          if (block.quoted) continue;
          const analysis = context.analyses[b];
          const judged = [b, b + 1].some((k) => matches[k]?.some((m) => m.entry.role === 'judgement'));
          let phrase: { start: number; end: number } | undefined;
          if (judged) {
            for (const match of matches[b].filter((m) => m.entry.role === 'policy')) {
              phrase = policyPhrase(block, analysis, match, capitalised(analysis), lexicon);
              if (phrase) break;
            }
          }
          // A policy named and judged in one sentence, earlier in the block than the policy word found.
          const blockContext: BlockContext = { block, analysis, language: context.language, format: context.format, settings: context.settings };
          const sentence = judgedPolicy(blockContext, lexicon.judged, capitalised(analysis));
          if (sentence && (!phrase || sentence.start < phrase.start)) phrase = sentence;
          if (!phrase) continue;
          const disclaimer = lexicon.disclaimer.split(ORGANISATION).join(names[0] ?? '');
          const actual = context.source.slice(phrase.start, phrase.end);
          return [{
            ...phrase,
            message: formatMessage(file.messages.default, { actual, expected: disclaimer }),
            expected: [disclaimer],
            fixes: [{ title: file.messages.fix ? formatMessage(file.messages.fix, { expected: disclaimer }) : fixTitle('append', context.language, disclaimer), edits: [appendEdit(context.source, context.format, disclaimer)] }],
          }];
        }
        return [];
      },
    };
  },
};
