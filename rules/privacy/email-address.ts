import type { BlockContext, Report } from '../api';
import { dataSet, dataStrings, formatMessage } from '../kinds/data';
import { redactionOf } from '../kinds/redaction';
import { matchPattern, escapeRegExp } from '../kinds/regex';
import { PatternEntries } from '../kinds/pattern-entries';
import type { PhraseMatch } from '../kinds/phrase-list';
import { dataFor, type Detector } from '../pack/spec';

/**
 * Local part, @, domain labels and a TLD; each part is a single character class, and the local
 * part starts at the start of its run (tried inside a long word with no @, it would rescan the
 * word from each of its characters), so it runs in linear time.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** How a section's data introduces a group's shared address: `the program committee at …`, `l'équipe à …`. */
interface GroupLead {
  nouns: ReadonlySet<string>;
  /** A group noun, then one of the section's `groupConnectors`, then at most a few characters of markup before the address. */
  lead: RegExp;
}

function groupLeadOf(data: Parameters<typeof dataSet>[0]): GroupLead {
  const connectors = [...dataSet(data, 'groupConnectors')].map(escapeRegExp).join('|') || '(?!)';
  return { nouns: dataSet(data, 'groupNouns'), lead: new RegExp(`(?<![\\p{L}-])([\\p{L}-]+)[\\s\\u00a0]{1,3}(?:${connectors})[\\s\\u00a0\\uFFFC<"«“(]{0,40}$`, 'u') };
}

/**
 * Whether an address is published on purpose rather than a person's: a shared functional
 * address (`press@`, `council@`, `all-hands@`), or a fediverse handle (`@news@social.example`),
 * which is a public account name.
 */
/** What makes a local part a shared one: role words, and events or clubs after a word of a dictionary (`familyday`, `open-day`). */
interface Functional {
  roleWords: ReadonlySet<string>;
  eventWords: readonly string[];
  isWord: (word: string) => boolean;
}

/**
 * A local part (or one of its hyphenated parts) made of a word and an event or a club
 * (`familyday`, `summer-school`, `clubastro`): the address of an occasion or a group, not a
 * person's. The other part must be a dictionary word of three letters or more, so that names
 * (`halliday`, `john.day`) stay personal; dots, which join first and last names, do not count.
 */
function isEventAddress(local: string, { eventWords, isWord }: Functional): boolean {
  // A plural names the same occasion (`workshops-physics@`, `ateliers-sciences@`).
  const isEvent = (part: string): boolean => eventWords.includes(part) || (part.endsWith('s') && eventWords.includes(part.slice(0, -1)));
  return local.split(/[.+]/).some((chunk) => {
    const parts = chunk.split(/[-_]/);
    if (parts.length > 1) return parts.some((part, k) => isEvent(part) && parts.some((other, j) => j !== k && other.length >= 3 && isWord(other)));
    return eventWords.some((event) => {
      const rest = chunk.startsWith(event) ? chunk.slice(event.length) : chunk.endsWith(event) ? chunk.slice(0, -event.length) : '';
      return rest.length >= 3 && isWord(rest);
    });
  });
}

function isPublicAddress({ roleWords, ...functional }: Functional, published: ReadonlySet<string>, group: GroupLead, text: string, address: string, index: number): boolean {
  if (text[index - 1] === '@' || published.has(address.toLowerCase())) return true;
  const local = address.slice(0, address.indexOf('@')).toLowerCase();
  if (roleWords.has(local)) return true;
  // Introduced as a group's address: `reach out to the program committee at …`, `l'équipe à …`.
  const lead = group.lead.exec(text.slice(Math.max(0, index - 60), index));
  if (lead && group.nouns.has(lead[1].toLowerCase().replace(/s$/, ''))) return true;
  const parts = local.split(/[._+-]/);
  if (parts.some((part, k) => roleWords.has(part) || (k > 0 && roleWords.has(`${parts[k - 1]}-${part}`)))) return true;
  return isEventAddress(local, { roleWords, ...functional });
}

/** How far after an address (in characters) a description of it as shared may start: `…@example.org, a shared inbox`. */
const SHARED_WINDOW = 40;

/**
 * Whether the words just after an address, in its sentence, describe it as read by a group
 * (`…, which three of us read`, `…, une adresse partagée par toute l'équipe`): the section's
 * `shared-address` pattern entries.
 */
function describedAsShared(shared: readonly PhraseMatch[], start: number, end: number): boolean {
  return shared.some((m) => m.start >= end && m.start - end <= SHARED_WINDOW && m.sentence.start <= start && end <= m.sentence.end);
}

/**
 * `privacy`: e-mail addresses in prose are personal data (and invite spam and phishing), the
 * author's own included. Shared functional addresses and fediverse handles are public on purpose.
 */
export const emailAddress: Detector = {
  name: 'email-address',
  create(spec, resources) {
    // An address's local part is in no language: a French post gives `press@` as an English one
    // gives `accueil@`. Every section's role words count, whatever the document's language.
    const roleWords = new Set(Object.values(spec.data).flatMap((file) => [...dataSet(file, 'roleWords')]));
    const eventWords = [...new Set(Object.values(spec.data).flatMap((file) => [...dataSet(file, 'eventWords')]))];
    // The dictionaries of every language of the rule, read on first use: an address's words are in no one language.
    const isWord = (word: string): boolean => spec.meta.languages.some((language) => resources.dictionary(language).has(word));
    const functional: Functional = { roleWords, eventWords, isWord };
    const groups = new Map(spec.meta.languages.map((language) => [language, groupLeadOf(dataFor(spec, language))]));
    // Pattern entries that describe an address as a group's (`…, which the whole team reads`).
    const sharedPatterns = new Map(spec.meta.languages.map((language) => [language, PatternEntries.of(dataFor(spec, language), resources.classes[language] ?? {}, language, resources.eager)]));
    const redactions = new Map(spec.meta.languages.map((language) => [language, redactionOf(dataFor(spec, language))]));
    // Addresses a workspace declares public (`functionalAddresses` in .guidelint.yml), and the pack's own contact.
    const published = new Map(spec.meta.languages.map((language) => [language,
      new Set([...dataStrings(dataFor(spec, language), 'publicAddresses'), resources.organisation.contact].map((a) => a.toLowerCase()))]));
    return {
      meta: spec.meta,
      checkBlock: function emailAddressCheck(context: BlockContext): Report[] {
        const { messages } = dataFor(spec, context.language);
        const { block } = context;
        // Most blocks have no `@`: skip the pattern's scan of every letter run.
        if (!block.text.includes('@')) return [];
        const known = published.get(context.language)!;
        const redact = redactions.get(context.language)!;
        const candidates = matchPattern(block, EMAIL).filter((m) => !isPublicAddress(functional, known, groups.get(context.language)!, block.text, m.text, m.start - block.start));
        const shared = candidates.length ? sharedPatterns.get(context.language)?.match(context) ?? [] : [];
        return candidates.filter((m) => !describedAsShared(shared, m.start, m.end)).map((match) => ({
          start: match.start,
          end: match.end,
          message: formatMessage(messages.default, { actual: match.text }),
          fixes: [redact(match.start, match.end)],
        }));
      },
    };
  },
};
