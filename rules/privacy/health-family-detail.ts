import type { BlockContext, Language, Report, Sentence, Word } from '../api';
import { dataSet, formatMessage, type RuleData } from '../kinds/data';
import { normalForm } from '../kinds/pattern/normal-form';
import { mergeMatches, PatternEntries } from '../kinds/pattern-entries';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';

/** One language's phrase index and word lists. */
interface Lexicon {
  file: RuleData;
  language: Language;
  index: PhraseIndex;
  notNames: Set<string>;
  titles: Set<string>;
  pronouns: Set<string>;
  afterFirstName: Set<string>;
  /** Words after a sentence's first word that make it a name when that word is not in the language's dictionary (`Marek won't`). */
  afterName: Set<string>;
  isWord: (word: string) => boolean;
  firstPerson: Set<string>;
  /** Entries written as patterns: a class of illnesses or injuries after a verb or a possessive (`has Parkinson's`, `broke her wrist`), if any. */
  patterns?: PatternEntries;
}

function lexiconOf(file: RuleData, language: Language, resources: PackResources): Lexicon {
  return {
    file,
    language,
    // In French, a phrase word also matches it after an elision; `à l'hôpital` is written with its own.
    index: new PhraseIndex(file.entries, language),
    notNames: dataSet(file, 'notNames'),
    titles: dataSet(file, 'titles'),
    pronouns: dataSet(file, 'pronouns'),
    afterFirstName: dataSet(file, 'afterFirstName'),
    afterName: dataSet(file, 'afterName'),
    isWord: (word) => resources.dictionary(language).has(word),
    firstPerson: dataSet(file, 'firstPerson'),
    patterns: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager),
  };
}

/** Details of one kind (health or family) this many words apart or closer, in one sentence, are one finding. */
const MERGE_GAP = 6;

/** A capitalised word, after an elided article or preposition (`d'Édouard`, `qu'Anna`), that is not one of `notNames` (`l'Hôpital`, `d'Alzheimer`). */
const isCapitalised = (word: Word, { notNames, language }: Lexicon): boolean =>
  /^(?:\p{Ll}{1,6}['’])?\p{Lu}\p{Ll}/u.test(word.text) && !notNames.has(word.normal) && !notNames.has(normalForm(word.normal, language));

/**
 * Whether a sentence names a person: a title (`Dr.`), or a capitalised word that is not the
 * sentence's first word (which is capitalised anyway) unless it is possessive or a second
 * capitalised word or a word like `from` follows it (`Raj's wife…`, `Helen Marsh is…`, `Lena from…`),
 * or it is no word of the dictionary and a modal or a verb of saying follows it (`Marek won't…`).
 */
function namesPerson(words: readonly Word[], lexicon: Lexicon): boolean {
  return words.some((word, k) => {
    if (lexicon.titles.has(word.normal)) return true;
    if (!isCapitalised(word, lexicon)) return false;
    if (k > 0) return true;
    const next = words[1];
    if (word.normal.endsWith("'s") || next === undefined) return word.normal.endsWith("'s");
    if (isCapitalised(next, lexicon) || lexicon.afterFirstName.has(next.normal)) return true;
    return lexicon.afterName.has(next.normal) && !lexicon.isWord(word.normal);
  });
}

/** Whether the detail is about a named person: named in its sentence, or named just before and referred to by a pronoun. */
function aboutNamedPerson(sentences: readonly Sentence[], at: number, lexicon: Lexicon): boolean {
  const sentence = sentences[at];
  if (namesPerson(sentence.words, lexicon)) return true;
  const previous = sentences[at - 1];
  return previous !== undefined && sentence.words.some((w) => lexicon.pronouns.has(w.normal)) && namesPerson(previous.words, lexicon);
}

/** Groups matches of one sentence that are close together, so that one detail gives one finding. */
function group(matches: PhraseMatch[]): PhraseMatch[][] {
  const groups: PhraseMatch[][] = [];
  for (const match of matches) {
    const last = groups.at(-1)?.at(-1);
    const close = last && last.sentence === match.sentence && last.entry.message === match.entry.message && match.first - last.last <= MERGE_GAP;
    if (close) groups.at(-1)!.push(match);
    else groups.push([match]);
  }
  return groups;
}

/**
 * `privacy`: health and family details of a named person (a diagnosis, a hospital stay, a
 * pregnancy, a spouse's job) are theirs to share, not the author's. The author's own health
 * details count too (posting them is a security and privacy risk). Generic mentions with no
 * named person (`burnout is common`) stay quiet.
 */
export const healthFamilyDetail: Detector = {
  name: 'health-family-detail',
  create(spec, resources) {
    const lexicons = perLanguage(spec, (file, language) => lexiconOf(file, language, resources));
    return {
      meta: spec.meta,
      checkBlock: function healthFamilyDetailCheck(context: BlockContext): Report[] {
        const { block, analysis, language } = context;
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const phrases = lexicon.index.match(analysis);
        const all = lexicon.patterns ? mergeMatches(phrases, lexicon.patterns.match(context)) : phrases;
        const matches = all.filter((m) => {
          const at = analysis.words[m.first].sentence;
          if (aboutNamedPerson(analysis.sentences, at, lexicon)) return true;
          return m.entry.message === 'health' && analysis.sentences[at].words.some((w) => lexicon.firstPerson.has(w.normal));
        });
        return group(matches).map((members) => {
          const start = members[0].start;
          const end = members[members.length - 1].end;
          const actual = block.text.slice(start - block.start, end - block.start);
          return { start, end, message: formatMessage(lexicon.file.messages[members[0].entry.message], { actual }) };
        });
      },
    };
  },
};
