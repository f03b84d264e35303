/**
 * One first-word index for every {@link PhraseIndex} of a language: a block's words are looked
 * up once, whatever the number of phrase lists, and each list takes its own matches. Some
 * fifty lists (rule phrases, context sets of the detectors) each looking up every word of
 * every block were a twentieth of a corpus lint.
 *
 * Each list is an owner; its matches are exactly those it would find alone: at each word, its
 * longest phrase that matches there, and no match of its own starts inside the previous one.
 * A list that is garbage-collected (a pack compiled again) leaves the hub.
 */
import type { BlockAnalysis, Word } from '../api';
import type { Entry } from './data';
import { normalForm } from './pattern/normal-form';

/** A phrase as a list has it: normalised words (`*` = any one word) and its entry. */
export interface HubPhrase {
  words: string[];
  entry: Entry;
}

/** A phrase found in a block by one list. */
export interface HubMatch {
  entry: Entry;
  words: readonly string[];
  /** Indexes into the block's `words` of the first and last matched word. */
  first: number;
  last: number;
}

interface Posting extends HubPhrase {
  owner: number;
}

const hubs = new Map<boolean, PhraseHub>();

/** The shared index of phrase lists that match with the same normalisation. */
export class PhraseHub {
  private readonly owners = new Map<number, readonly HubPhrase[]>();
  private nextOwner = 0;
  private byFirstWord: Map<string, Posting[]> | undefined;
  private byBlock = new WeakMap<readonly Word[], Map<number, HubMatch[]>>();
  private readonly cleanup = new FinalizationRegistry<number>((owner) => this.remove(owner));

  /** @param french phrase words also match text words with a leading elision (`abruti` in `l'abruti`). */
  private constructor(private readonly french: boolean) {}

  /** The hub of lists that match as French (`true`) or as any other language. */
  static of(french: boolean): PhraseHub {
    let hub = hubs.get(french);
    if (!hub) hubs.set(french, (hub = new PhraseHub(french)));
    return hub;
  }

  /** Adds `holder`'s phrases (each list sorted longest first); they leave when `holder` is collected. Returns the owner number. */
  register(holder: object, phrases: readonly HubPhrase[]): number {
    const owner = this.nextOwner++;
    if (phrases.length === 0) return owner;
    this.owners.set(owner, phrases);
    this.cleanup.register(holder, owner);
    // A list made on first use (the organisation's names of a workspace) joins a built index
    // at the end: owners are numbered in order, so its postings belong after every other's.
    if (this.byFirstWord) (post(this.byFirstWord, owner, phrases), (this.byBlock = new WeakMap()));
    return owner;
  }

  /** One owner's matches in a block, in document order. */
  matchesOf(owner: number, analysis: BlockAnalysis): readonly HubMatch[] {
    if (!this.owners.has(owner)) return [];
    let byOwner = this.byBlock.get(analysis.words);
    if (!byOwner) this.byBlock.set(analysis.words, (byOwner = this.scan(analysis.words)));
    return byOwner.get(owner) ?? [];
  }

  private remove(owner: number): void {
    if (this.owners.delete(owner)) this.changed();
  }

  private changed(): void {
    this.byFirstWord = undefined;
    this.byBlock = new WeakMap();
  }

  /** Postings by first word, each list by owner, then longest first (insertion order among equals). */
  private index(): Map<string, Posting[]> {
    const byFirstWord = new Map<string, Posting[]>();
    for (const [owner, phrases] of this.owners) post(byFirstWord, owner, phrases);
    return byFirstWord;
  }

  private scan(words: readonly Word[]): Map<number, HubMatch[]> {
    const byFirstWord = (this.byFirstWord ??= this.index());
    const bare = this.french ? bareForms(words) : undefined;
    const found = new Map<number, HubMatch[]>();
    /** Per owner, the first word a new match of its may start at. */
    const free = new Map<number, number>();
    for (let i = 0; i < words.length; i++) {
      const postings = candidates(byFirstWord, words[i].normal, bare?.[i]);
      if (!postings) continue;
      for (let k = 0; k < postings.length; ) {
        const owner = postings[k].owner;
        // Inside this owner's previous match, none of its phrases may start.
        const open = (free.get(owner) ?? 0) <= i;
        let match: Posting | undefined;
        for (; k < postings.length && postings[k].owner === owner; k++) {
          if (open && !match && matchesAt(postings[k].words, words, i, bare)) match = postings[k];
        }
        if (!match) continue;
        const last = i + match.words.length - 1;
        let list = found.get(owner);
        if (!list) found.set(owner, (list = []));
        list.push({ entry: match.entry, words: match.words, first: i, last });
        free.set(owner, last + 1);
      }
    }
    return found;
  }
}

function post(byFirstWord: Map<string, Posting[]>, owner: number, phrases: readonly HubPhrase[]): void {
  for (const phrase of phrases) {
    const list = byFirstWord.get(phrase.words[0]);
    const posting = { ...phrase, owner };
    if (list) list.push(posting);
    else byFirstWord.set(phrase.words[0], [posting]);
  }
}

/**
 * The postings that may start at a word: by its normal form, then by its form without an
 * elision; merged per owner, longest first, the word's own form first among equals.
 */
function candidates(byFirstWord: ReadonlyMap<string, Posting[]>, normal: string, bare: string | undefined): Posting[] | undefined {
  const own = byFirstWord.get(normal);
  if (bare === undefined || bare === normal) return own;
  const elided = byFirstWord.get(bare);
  if (!own || !elided) return own ?? elided;
  return own.concat(elided).sort((a, b) => a.owner - b.owner || b.words.length - a.words.length);
}

/** French words without a leading elision (`l'abruti` → `abruti`), or undefined where a word has none. */
function bareForms(words: readonly Word[]): (string | undefined)[] {
  return words.map((w) => (w.normal.includes("'") ? normalForm(w.normal, 'fr') : undefined));
}

function matchesAt(phrase: readonly string[], words: readonly { normal: string }[], at: number, bare?: readonly (string | undefined)[]): boolean {
  if (at + phrase.length > words.length) return false;
  return phrase.every((word, k) => word === '*' || word === words[at + k].normal || word === bare?.[at + k]);
}
