/**
 * Compiles parsed patterns to one Thompson NFA (Thompson 1968; Cox, "Regular Expression
 * Matching Can Be Simple And Fast", 2007), and picks for each pattern the words that must
 * occur in a sentence for the pattern to match there: the index that keeps a sentence from
 * running patterns it cannot match.
 */
import type { TrieNode } from './classes';
import { isRequired, type PatternNode } from './syntax';

/**
 * What a state does. `word`, `stem`, `any` and `class` take a word; the others take none:
 * `split` tries `next` then `alt`, `start`/`end` assert a sentence edge, `open`/`close` mark
 * a capture, `accept` ends a pattern.
 */
export type Op = 'word' | 'stem' | 'any' | 'class' | 'split' | 'start' | 'end' | 'open' | 'close' | 'accept';

/** One NFA state. Every state has every field, so that the matcher's loop sees one shape. */
export interface State {
  op: Op;
  next: number;
  alt: number;
  /** The form of `word`, the stem of `stem`. */
  key: string;
  /** The entries of `class`. */
  root: TrieNode | undefined;
  /** The capture of `open` and `close`. */
  slot: number;
  /** The pattern that `accept` ends (index into the compiled patterns). */
  pattern: number;
}

/** One pattern's entry into the NFA. */
export interface CompiledPattern {
  start: number;
  /** Capture names by slot. */
  captures: string[];
}

/** Builds the states of every pattern into one array. */
export class NfaBuilder {
  readonly states: State[] = [];

  constructor(private readonly classes: ReadonlyMap<string, TrieNode>) {}

  /** Adds one pattern, which accepts as pattern number `pattern`. */
  add(items: readonly PatternNode[], pattern: number): CompiledPattern {
    const captures: string[] = [];
    const accept = this.state({ op: 'accept', pattern });
    return { start: this.sequence(items, accept, captures), captures };
  }

  // Built back to front, so that every state knows its successor when it is made.
  private sequence(items: readonly PatternNode[], next: number, captures: string[]): number {
    for (let k = items.length - 1; k >= 0; k--) next = this.node(items[k], next, captures);
    return next;
  }

  private node(node: PatternNode, next: number, captures: string[]): number {
    switch (node.kind) {
      case 'literal':
        return this.state({ op: 'word', key: node.form, next });
      case 'stem':
        return this.state({ op: 'stem', key: node.stem, next });
      case 'class':
        return this.state({ op: 'class', root: this.classes.get(node.name), next });
      case 'anchor':
        return this.state({ op: node.end ? 'end' : 'start', next });
      case 'optional':
        // Greedy: the item first, so that captures prefer to include it.
        return this.state({ op: 'split', next: this.node(node.item, next, captures), alt: next });
      case 'gap': {
        let entry = next;
        for (let k = node.min; k < node.max; k++) entry = this.state({ op: 'split', next: this.state({ op: 'any', next: entry }), alt: next });
        for (let k = 0; k < node.min; k++) entry = this.state({ op: 'any', next: entry });
        return entry;
      }
      case 'group': {
        const entries = node.alternatives.map((alternative) => this.sequence(alternative, next, captures));
        return entries.reduceRight((alt, entry) => this.state({ op: 'split', next: entry, alt }));
      }
      case 'capture': {
        let slot = captures.indexOf(node.name);
        if (slot === -1) slot = captures.push(node.name) - 1;
        const close = this.state({ op: 'close', slot, next });
        return this.state({ op: 'open', slot, next: this.node(node.item, close, captures) });
      }
    }
  }

  private state(fields: Partial<State> & { op: Op }): number {
    this.states.push({ next: -1, alt: -1, key: '', root: undefined, slot: -1, pattern: -1, ...fields });
    return this.states.length - 1;
  }
}

/**
 * The words that can start a match from state `start`, by form and by stem; undefined when any
 * word can (a leading gap). The matcher starts a pattern only at such a word.
 */
export function firstWords(states: readonly State[], start: number): { forms: Set<string>; stems: Set<string> } | undefined {
  const forms = new Set<string>();
  const stems = new Set<string>();
  const seen = new Set<number>();
  const visit = (id: number): boolean => {
    if (seen.has(id)) return true;
    seen.add(id);
    const state = states[id];
    switch (state.op) {
      case 'word':
        forms.add(state.key);
        return true;
      case 'stem':
        stems.add(state.key);
        return true;
      case 'class':
        for (const key of state.root?.next.keys() ?? []) forms.add(key);
        for (const key of state.root?.stems.keys() ?? []) stems.add(key);
        return true;
      case 'any':
        return false;
      case 'split':
        return visit(state.next) && visit(state.alt);
      case 'accept':
        return true;
      default:
        return visit(state.next);
    }
  };
  return visit(start) ? { forms, stems } : undefined;
}

/** Words (by form) and stems of which a sentence must hold one for a pattern to match in it. */
export interface Triggers {
  forms: string[];
  stems: string[];
}

/**
 * The cheapest triggers of a pattern: those of its required item with the fewest, a literal
 * before a class; among literals the longest, since short words (`the`, `is`) are the common
 * ones. Undefined only for a pattern without a required item, which the parser rejects.
 */
export function triggersOf(items: readonly PatternNode[], classes: ReadonlyMap<string, TrieNode>): Triggers | undefined {
  let best: Triggers | undefined;
  let bestCost = Infinity;
  for (const item of items) {
    if (!isRequired(item)) continue;
    const triggers = itemTriggers(item, classes);
    if (!triggers) continue;
    const cost = triggers.forms.length + triggers.stems.length - (item.kind === 'literal' ? item.form.length / 100 : 0);
    if (cost < bestCost) [best, bestCost] = [triggers, cost];
  }
  return best;
}

function itemTriggers(item: PatternNode, classes: ReadonlyMap<string, TrieNode>): Triggers | undefined {
  switch (item.kind) {
    case 'literal':
      return { forms: [item.form], stems: [] };
    case 'stem':
      return { forms: [], stems: [item.stem] };
    case 'class': {
      const root = classes.get(item.name);
      return { forms: [...(root?.next.keys() ?? [])], stems: [...(root?.stems.keys() ?? [])] };
    }
    case 'capture':
      return itemTriggers(item.item, classes);
    case 'group': {
      const union: Triggers = { forms: [], stems: [] };
      for (const alternative of item.alternatives) {
        const triggers = triggersOf(alternative, classes);
        if (!triggers) return undefined;
        union.forms.push(...triggers.forms);
        union.stems.push(...triggers.stems);
      }
      return union;
    }
    default:
      return undefined;
  }
}
