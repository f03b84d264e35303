import type { BlockContext, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { isQuotedMention } from '../kinds/mention';
import { PatternEntries } from '../kinds/pattern-entries';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';

/** One language's word lists and insult index. */
interface Lexicon {
  file: RuleData;
  insultAdjectives: Set<string>;
  targetWords: Set<string>;
  selfWords: Set<string>;
  compounds: Set<string>;
  articles: Set<string>;
  /** « ce bobet de Gilles »: a demonstrative, a weak noun, a link word, then a name or a person noun. */
  demonstratives: Set<string>;
  /** Plural demonstratives, followed by a person noun only: « ces cornichons de Russie » says where they come from. */
  pluralDemonstratives: Set<string>;
  nameLinks: Set<string>;
  personNouns: Set<string>;
  index: PhraseIndex;
  /** Entries written as patterns (collective insults, condescension), if any. */
  patterns?: PatternEntries;
}

function lexiconOf(file: RuleData, language: Language, resources: PackResources): Lexicon {
  // Words are compared in their normal form, with a straight apostrophe.
  const list = (name: string): Set<string> => new Set(dataStrings(file, name).map((w) => w.replace(/’/g, "'")));
  return {
    file,
    insultAdjectives: list('insultAdjectives'),
    targetWords: list('targetWords'),
    selfWords: list('selfWords'),
    compounds: list('compounds'),
    articles: list('articles'),
    demonstratives: list('demonstratives'),
    pluralDemonstratives: list('pluralDemonstratives'),
    nameLinks: list('nameLinks'),
    personNouns: list('personNouns'),
    index: new PhraseIndex(file.entries, language),
    patterns: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager),
  };
}

/** How many words before an insult may say it is about the author. */
const SELF_WINDOW = 4;

/** The attack's first word: insult adjectives before the noun, and "you" right before them. */
function attackStart(match: PhraseMatch, context: BlockContext, { insultAdjectives, articles, targetWords }: Lexicon): { first: number; aimed: boolean } {
  const { words } = context.analysis;
  const sentence = words[match.first].sentence;
  let first = match.first;
  while (first > 0 && words[first - 1].sentence === sentence && insultAdjectives.has(words[first - 1].normal)) first--;
  const adjectives = first < match.first;
  let k = first - 1;
  while (k >= 0 && words[k].sentence === sentence && articles.has(words[k].normal)) k--;
  const aimed = k >= 0 && words[k].sentence === sentence && targetWords.has(words[k].normal);
  if (aimed && k === first - 1 && words[k].normal === 'you') first = k;
  return { first, aimed: aimed || adjectives };
}

function aboutAuthor(match: PhraseMatch, context: BlockContext, { selfWords }: Lexicon): boolean {
  const { words } = context.analysis;
  const sentence = words[match.first].sentence;
  for (let k = match.first - 1; k >= 0 && k >= match.first - SELF_WINDOW && words[k].sentence === sentence; k--) {
    if (selfWords.has(words[k].normal)) return true;
  }
  return false;
}

/**
 * « ce bobet de Gilles », « cette andouille de stagiaire »: the noun is said of the person the
 * link word introduces, a capitalised name or a person noun, so it is aimed, not a compound. The
 * demonstrative is the attack's first word.
 */
function namedAfter(match: PhraseMatch, { analysis }: BlockContext, { demonstratives, pluralDemonstratives, nameLinks, personNouns }: Lexicon): { first: number; last: number } | undefined {
  const { words } = analysis;
  const sentence = words[match.first].sentence;
  const inSentence = (k: number) => (words[k]?.sentence === sentence ? words[k] : undefined);
  const before = inSentence(match.first - 1);
  const link = inSentence(match.last + 1);
  if (!before || !link || !(demonstratives.has(before.normal) || pluralDemonstratives.has(before.normal))) return undefined;
  // The link word stands alone (« de Gilles ») or is elided onto the name (« d'Antoine »).
  const elided = /^([a-zà-ÿ]+['’])(.+)$/i.exec(link.text);
  const personAt = elided && nameLinks.has(elided[1].toLowerCase().replace('’', "'")) ? match.last + 1 : nameLinks.has(link.normal) ? match.last + 2 : -1;
  const person = personAt < 0 ? undefined : inSentence(personAt);
  if (!person) return undefined;
  const bare = person.text.replace(/^[a-zà-ÿ]+['’]/i, '');
  const name = demonstratives.has(before.normal) && /^\p{Lu}/u.test(bare);
  return name || personNouns.has(person.normal) ? { first: match.first - 1, last: personAt } : undefined;
}

/** "clown show", "fraud detection": the noun modifies the next word and insults nobody. */
function isCompound(match: PhraseMatch, { analysis }: BlockContext, { compounds }: Lexicon): boolean {
  const next = analysis.words[match.last + 1];
  return next !== undefined && next.sentence === analysis.words[match.last].sentence && compounds.has(next.normal);
}

/** `conduct`: insults aimed at people ("incompetent clown", "you are a clueless troll", "idiot"). */
export const personalAttack: Detector = {
  name: 'personal-attack',
  create(spec, resources) {
    const lexicons = perLanguage(spec, (file, language) => lexiconOf(file, language, resources));
    return {
      meta: spec.meta,
      checkBlock: function personalAttackCheck(context: BlockContext): Report[] {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return [];
        const reports: Report[] = [];
        const { words } = context.analysis;
        const report = (start: number, end: number): void => {
          const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
          reports.push({ start, end, message: formatMessage(lexicon.file.messages.default, { actual }) });
        };
        for (const match of lexicon.index.match(context.analysis)) {
          // « le mot « abruti » » talks about the word.
          if (aboutAuthor(match, context, lexicon) || isQuotedMention(context.block, match.start, match.end)) continue;
          const named = match.entry.strength === 'weak' ? namedAfter(match, context, lexicon) : undefined;
          if (named !== undefined) {
            report(words[named.first].start, words[named.last].end);
            continue;
          }
          const { first, aimed } = attackStart(match, context, lexicon);
          if (match.entry.strength === 'weak' && (!aimed || isCompound(match, context, lexicon))) continue;
          report(words[first].start, match.end);
        }
        // Pattern entries say in their patterns whom they aim at; overlaps with phrases are left to the engine, which keeps the longest.
        for (const match of lexicon.patterns?.match(context) ?? []) {
          if (!isQuotedMention(context.block, match.start, match.end)) report(match.start, match.end);
        }
        return reports;
      },
    };
  },
};
