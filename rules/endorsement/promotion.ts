import type { BlockContext, Language, Report } from '../api';
import { wordsBefore } from '../kinds/context';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { organisationIndex } from '../kinds/organisation';
import { mergeMatches, PatternEntries } from '../kinds/pattern-entries';
import type { PhraseMatch } from '../kinds/phrase-list';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';

/** One language's data, with each entry's word lists and the affiliate link markers read once. */
interface Lexicon {
  file: RuleData;
  exclude: Map<string, Set<string>>;
  /** Per entry, `actionNext`: words (`de`), prefixes (`d'*`) or endings (`*ing`) of a next word that makes it advice about an action. */
  actionNext: Map<string, string[]>;
  /** Per entry, `sentenceHas`: words of which one must be in the match's sentence. */
  sentenceHas: Map<string, Set<string>>;
  affiliateUrls: string[];
  /** Entries written as patterns ("everyone here swears by", "through my partner link … free"), if any; `@ORGANISATION` names the organisation. */
  patterns?: PatternEntries;
}

/** The field `key` of entry `index` as a list of strings (empty when absent); errors name the entry. */
function entryStrings(file: RuleData, index: number, key: string): string[] {
  return dataStrings({ ...file, path: [...file.path, 'entries', index], [key]: file.entries[index][key] }, key);
}

function lexiconOf(file: RuleData, language: Language, resources: PackResources): Lexicon {
  return {
    patterns: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager),
    file,
    exclude: new Map(file.entries.map((entry, i) => [entry.id, new Set(entryStrings(file, i, 'exclude'))])),
    actionNext: new Map(file.entries.map((entry, i) => [entry.id, entryStrings(file, i, 'actionNext')])),
    sentenceHas: new Map(file.entries.map((entry, i) => [entry.id, new Set(entryStrings(file, i, 'sentenceHas'))])),
    affiliateUrls: dataStrings(file, 'affiliateUrls'),
  };
}

/** A promo code: four or more capitals and digits, with a letter, maybe in parts joined by hyphens ("PHYS20", "WELCOME", "ÉTÉ-20"). */
const PROMO_CODE = /^(?=.*\p{Lu})(?=(?:[\p{Lu}\d]-?){4})[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;
/** A name: a capital letter first ("ZenPad", "Python"). */
const NAME = /^\p{Lu}/u;

/** True when `word` is one of `forms`: a word, a prefix (`d'*`) or an ending (`*ing`). */
function isForm(word: string, forms: readonly string[]): boolean {
  return forms.some((form) => (form.startsWith('*') ? word.endsWith(form.slice(1)) : form.endsWith('*') ? word.startsWith(form.slice(0, -1)) : word === form));
}

/** The context checks of the entry's fields; see rules/packs/default/endorsement/promotion.yml. */
function promotionWhen(match: PhraseMatch, { analysis, settings }: BlockContext, { exclude, actionNext, sentenceHas }: Lexicon): boolean {
  const { entry } = match;
  const sentence = analysis.words[match.first].sentence;
  const next = analysis.words[match.last + 1];
  const sameSentence = next !== undefined && next.sentence === sentence;
  const excluded = exclude.get(entry.id);
  if (excluded?.size && analysis.words.slice(match.first + 1, match.last).some((w) => excluded.has(w.normal))) return false;
  // The organisation's name in capitals ("with CERN") is not a promo code.
  if (entry.codeAfter === true && !(sameSentence && PROMO_CODE.test(next.text) && !settings.organisation.includes(next.text))) return false;
  if (entry.nameAfter === true && !(sameSentence && NAME.test(next.text))) return false;
  // `nameWithin: n`: a name in the next n words of the sentence ("equipped every lab with the Alimtek supplies").
  if (typeof entry.nameWithin === 'number' && !analysis.words.slice(match.last + 1, match.last + 1 + entry.nameWithin).some((w) => w.sentence === sentence && NAME.test(w.text))) return false;
  // "I highly recommend reading the paper": recommending an action, not a product.
  const actions = actionNext.get(entry.id) ?? [];
  if (actions.length > 0 && sameSentence && isForm(next.normal, actions)) return false;
  const needed = sentenceHas.get(entry.id);
  if (needed?.size && !analysis.words.some((w) => w.sentence === sentence && needed.has(w.normal))) return false;
  return true;
}

/** Widens a match to the code after "use code", and to the verb before "me for a demo". */
function promotionRange(match: PhraseMatch, { analysis }: BlockContext): { start: number; end: number } {
  const { entry } = match;
  const start = entry.verbBefore === true ? (wordsBefore(analysis, match.first, 1)[0]?.start ?? match.start) : match.start;
  const end = entry.codeAfter === true ? analysis.words[match.last + 1].end : match.end;
  return { start, end };
}

/** A finding before merging: its entry (or `affiliate` for a link) and its sentence. */
interface Hit {
  start: number;
  end: number;
  group: string;
  sentence: number;
  message: string;
}

/** Affiliate and referral link destinations, as hits on the link. */
function affiliateLinks({ block, analysis }: BlockContext, markers: readonly string[], message: string): Hit[] {
  return block.links
    .filter((link) => markers.some((marker) => link.url.toLowerCase().includes(marker)))
    .map((link) => {
      const visible = block.text.slice(link.start - block.start, link.end - block.start).replace(/[\uFFFC[\]]/g, '').trim();
      const sentence = Math.max(0, analysis.sentences.findIndex((s) => s.start <= link.start && link.start < s.end));
      return { start: link.start, end: link.end, group: 'affiliate', sentence, message: formatMessage(message, { actual: visible || link.url }) };
    });
}

/** One finding per problem: hits of the same group in one sentence ("my affiliate link …, I get a commission") merge. */
function mergeHits(hits: Hit[]): Report[] {
  const merged: Hit[] = [];
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous && previous.group === hit.group && previous.sentence === hit.sentence) previous.end = Math.max(previous.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged.map(({ start, end, message }) => ({ start, end, message }));
}

/** `endorsement`: advertising a product or company, and claims that the organisation endorses one. */
export const promotion: Detector = {
  name: 'promotion',
  create(spec, resources) {
    const lexicons = perLanguage(spec, (file, language) => lexiconOf(file, language, resources));
    return {
      meta: spec.meta,
      checkBlock: function promotionCheck(context: BlockContext): Report[] {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return [];
        const { file } = lexicon;
        const phrases = organisationIndex(file.entries, context.settings.organisation).match(context.analysis);
        const hits: Hit[] = mergeMatches(phrases, lexicon.patterns?.match(context) ?? [])
          .filter((match) => promotionWhen(match, context, lexicon))
          .map((match) => {
            const range = promotionRange(match, context);
            const actual = context.block.text.slice(range.start - context.block.start, range.end - context.block.start);
            // Entries of one problem merge in a sentence: the codes, and any entry that names its `group`.
            const group = typeof match.entry.group === 'string' ? match.entry.group : match.entry.id === 'promo-code' || match.entry.id === 'use-code' ? 'code' : String(match.entry.id);
            return { ...range, group, sentence: context.analysis.words[match.first].sentence, message: formatMessage(file.messages[match.entry.message], { actual }) };
          });
        return mergeHits([...hits, ...affiliateLinks(context, lexicon.affiliateUrls, file.messages.default)]);
      },
    };
  },
};
