import type { BlockContext, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import { type Detector, perLanguage } from '../pack/spec';

/** One language's word lists and insult index. */
interface Lexicon {
  file: RuleData;
  insultAdjectives: Set<string>;
  targetWords: Set<string>;
  selfWords: Set<string>;
  compounds: Set<string>;
  articles: Set<string>;
  index: PhraseIndex;
}

function lexiconOf(file: RuleData): Lexicon {
  // Words are compared in their normal form, with a straight apostrophe.
  const list = (name: string): Set<string> => new Set(dataStrings(file, name).map((w) => w.replace(/’/g, "'")));
  return {
    file,
    insultAdjectives: list('insultAdjectives'),
    targetWords: list('targetWords'),
    selfWords: list('selfWords'),
    compounds: list('compounds'),
    articles: list('articles'),
    index: new PhraseIndex(file.entries),
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

/** "clown show", "fraud detection": the noun modifies the next word and insults nobody. */
function isCompound(match: PhraseMatch, { analysis }: BlockContext, { compounds }: Lexicon): boolean {
  const next = analysis.words[match.last + 1];
  return next !== undefined && next.sentence === analysis.words[match.last].sentence && compounds.has(next.normal);
}

/** `conduct`: insults aimed at people ("incompetent clown", "you are a clueless troll", "idiot"). */
export const personalAttack: Detector = {
  name: 'personal-attack',
  create(spec) {
    const lexicons = perLanguage(spec, lexiconOf);
    return {
      meta: spec.meta,
      checkBlock: function personalAttackCheck(context: BlockContext): Report[] {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return [];
        const reports: Report[] = [];
        const { words } = context.analysis;
        for (const match of lexicon.index.match(context.analysis)) {
          if (aboutAuthor(match, context, lexicon)) continue;
          const { first, aimed } = attackStart(match, context, lexicon);
          if (match.entry.strength === 'weak' && (!aimed || isCompound(match, context, lexicon))) continue;
          const start = words[first].start;
          const actual = context.block.text.slice(start - context.block.start, match.end - context.block.start);
          reports.push({ start, end: match.end, message: formatMessage(lexicon.file.messages.default, { actual }) });
        }
        return reports;
      },
    };
  },
};
