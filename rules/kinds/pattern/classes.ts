/**
 * Word classes (`@NEG_JUDGEMENT`): named lists of words, phrases and `~stem`s, which may name
 * other classes. Each class becomes a trie keyed by word form and by stem, so that the matcher
 * looks an entry up by its first word in a Map whatever the number of entries (judgement
 * lists seeded from AFINN run to thousands).
 */
import type { Language } from '../../api';
import { parseEntry, PatternSyntaxError, type PatternNode } from './syntax';

/** A trie node: the entries that continue with a word form or a stem, and whether one ends here. */
export interface TrieNode {
  /** Unique within one compiled index, so that the matcher can tell threads apart. */
  readonly id: number;
  readonly next: Map<string, TrieNode>;
  readonly stems: Map<string, TrieNode>;
  terminal: boolean;
}

/** Hands out trie node ids for one compiled index. */
export interface IdSource {
  next: number;
}

type Phrase = PatternNode[];

interface ClassEntry {
  source: string;
  origin: string;
  /** A class name, or a phrase. */
  value: string | Phrase;
}

/**
 * Parses every class and resolves classes named inside classes; throws
 * {@link PatternSyntaxError} for a bad entry, an unknown class or a cycle.
 */
export function resolveClasses(classes: Readonly<Record<string, readonly string[]>>, language: Language, ids: IdSource): Map<string, TrieNode> {
  const entries = parseClasses(classes, language);
  const resolved = new Map<string, Phrase[]>();
  // Depth first along `path`, the classes being resolved: meeting one of them again is a cycle.
  const phrasesOf = (name: string, path: readonly string[]): Phrase[] => {
    const done = resolved.get(name);
    if (done) return done;
    const phrases: Phrase[] = [];
    for (const { source, origin, value } of entries.get(name) ?? []) {
      if (typeof value !== 'string') {
        phrases.push(value);
        continue;
      }
      const chain = [...path, name];
      if (chain.includes(value)) {
        const cycle = [...chain.slice(chain.indexOf(value)), value].map((n) => `@${n}`).join(' → ');
        throw new PatternSyntaxError(source, 0, `classes refer to each other in a cycle: ${cycle}`, origin);
      }
      for (const phrase of phrasesOf(value, chain)) phrases.push(phrase);
    }
    resolved.set(name, phrases);
    return phrases;
  };
  const tries = new Map<string, TrieNode>();
  for (const name of entries.keys()) tries.set(name, trieOf(phrasesOf(name, []), ids));
  return tries;
}

function parseClasses(classes: Readonly<Record<string, readonly string[]>>, language: Language): Map<string, ClassEntry[]> {
  const names = new Set(Object.keys(classes));
  const entries = new Map<string, ClassEntry[]>();
  for (const [name, list] of Object.entries(classes)) {
    // Pack data comes from YAML: say which class is malformed rather than fail further on.
    if (!Array.isArray(list)) throw new TypeError(`class @${name} must be a list of strings`);
    const parsed = list.map((source, k): ClassEntry => {
      const origin = `entry ${k + 1} of class @${name}`;
      if (typeof source !== 'string') throw new TypeError(`${origin} must be a string, not ${JSON.stringify(source)}`);
      return { source, origin, value: parseEntry(source, { language, classes: names, origin }) };
    });
    entries.set(name, parsed);
  }
  return entries;
}

function trieOf(phrases: readonly Phrase[], ids: IdSource): TrieNode {
  const root = newNode(ids);
  for (const phrase of phrases) {
    let node = root;
    for (const item of phrase) {
      const [edges, key] = item.kind === 'stem' ? [node.stems, item.stem] : [node.next, item.kind === 'literal' ? item.form : ''];
      let child = edges.get(key);
      if (!child) edges.set(key, (child = newNode(ids)));
      node = child;
    }
    node.terminal = true;
  }
  return root;
}

function newNode(ids: IdSource): TrieNode {
  return { id: ids.next++, next: new Map(), stems: new Map(), terminal: false };
}
