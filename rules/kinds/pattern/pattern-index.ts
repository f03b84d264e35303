/**
 * The pattern kind's matching core: every pattern of a pack compiled once into one index,
 * which finds each rule's matches in a block's words in time linear in the number of words.
 * The syntax is in README.md beside this file.
 */
import type { Language } from '../../api';
import { resolveClasses, type TrieNode } from './classes';
import { firstWords, NfaBuilder, triggersOf, type State } from './nfa';
import { FormCache } from './normal-form';
import { indexKey, precompiledActive, recordIndex, recordTries, storedIndex, storedTries } from './precompiled';
import { Simulation, type Runnable, type WordColumns } from './simulation';
import { parsePattern } from './syntax';

export { PatternSyntaxError } from './syntax';

/** A word as the index needs it; the engine's `Word` is one. */
export interface PatternWord {
  /** The engine's normal form (lower case, straight apostrophes); the index normalises it further. */
  normal: string;
  /** Index of the word's sentence: no match spans two. */
  sentence: number;
  /** Document offsets. */
  start: number;
  end: number;
}

/** Words of a match or a capture: indexes into the words given to `match`, and document offsets. */
export interface PatternSpan {
  first: number;
  /** Inclusive. */
  last: number;
  start: number;
  end: number;
  /** The document's text over `[start, end)`, when `match` was given the document. */
  text?: string;
}

/** One match of one pattern of a rule. */
export interface PatternMatch extends Omit<PatternSpan, 'text'> {
  ruleId: string;
  /** Index of the pattern in its rule's `patterns`. */
  patternIndex: number;
  /** By capture name; a capture whose item took no word (an optional one) is absent. */
  captures: Record<string, PatternSpan>;
}

/** A rule as the compiler needs it: its id and its patterns. */
export interface PatternRule {
  id: string;
  patterns: readonly string[];
}

interface Compiled {
  rule: number;
  patternIndex: number;
  captures: string[];
  runnable: Runnable;
}

/**
 * Compiles every pattern of every rule into one index, with the pack's word classes (each a
 * list of words, phrases, `~stem`s and `@CLASS`es). Throws `PatternSyntaxError` for a pattern
 * or class entry that does not parse, an unknown class or classes that name each other in a cycle.
 */
export function compilePatterns(rules: readonly PatternRule[], classes: Readonly<Record<string, readonly string[]>>, language: Language): PatternIndex {
  const tries = triesOf(classes, language);
  // The default pack's indexes are compiled at build time (./precompiled.ts), keyed by what they are compiled from.
  const key = precompiledActive() ? indexKey(rules, classes, language) : undefined;
  const stored = key === undefined ? undefined : storedIndex(key, tries);
  if (stored) return new PatternIndex(language, stored.ruleIds, stored.patterns, stored.states, stored.byForm, stored.byStem);
  const names = new Set(tries.keys());
  const builder = new NfaBuilder(tries);
  const compiled: Compiled[] = [];
  const byForm = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const seen = new Set<string>();
  rules.forEach((rule, r) => {
    if (seen.has(rule.id)) throw new Error(`rule \`${rule.id}\` is given twice`);
    seen.add(rule.id);
    rule.patterns.forEach((source, patternIndex) => {
      const items = parsePattern(source, { language, classes: names, origin: `pattern ${patternIndex + 1} of rule \`${rule.id}\`` });
      const id = compiled.length;
      const { start, captures } = builder.add(items, id);
      const runnable = { pattern: id, start, captures: new Int32Array(2 * captures.length).fill(-1), first: firstWords(builder.states, start) };
      compiled.push({ rule: r, patternIndex, captures, runnable });
      const triggers = triggersOf(items, tries) ?? { forms: [], stems: [] };
      for (const form of triggers.forms) postTo(byForm, form, id);
      for (const stem of triggers.stems) postTo(byStem, stem, id);
    });
  });
  const ruleIds = rules.map((rule) => rule.id);
  if (key !== undefined) recordIndex(key, { ruleIds, patterns: compiled, states: builder.states, byForm, byStem }, tries);
  return new PatternIndex(language, ruleIds, compiled, builder.states, byForm, byStem);
}

/**
 * The class tries of a pack's classes in a language, resolved once and shared by every index
 * compiled with them (the pattern rules' and each detector's own): a trie is never changed after
 * it is built, and its node ids stay unique among all nodes an index can meet. Resolving them
 * for each of seven indexes was a fifth of the server's start.
 */
const resolvedTries = new WeakMap<object, Map<Language, Map<string, TrieNode>>>();

function triesOf(classes: Readonly<Record<string, readonly string[]>>, language: Language): Map<string, TrieNode> {
  let byLanguage = resolvedTries.get(classes);
  if (!byLanguage) resolvedTries.set(classes, (byLanguage = new Map()));
  let tries = byLanguage.get(language);
  if (!tries) {
    tries = storedTries(classes, language);
    if (!tries) {
      tries = resolveClasses(classes, language, { next: 0 });
      recordTries(classes, language, tries);
    }
    byLanguage.set(language, tries);
  }
  return tries;
}

function postTo(postings: Map<string, number[]>, key: string, id: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Every stem the states can compare a word with: `~stem` items and the stems in class tries. */
function stemsOf(states: readonly State[]): Set<string> {
  const stems = new Set<string>();
  const seen = new Set<TrieNode>();
  const walk = (node: TrieNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const [stem, next] of node.stems) (stems.add(stem), walk(next));
    for (const next of node.next.values()) walk(next);
  };
  for (const state of states) {
    if (state.op === 'stem') stems.add(state.key);
    if (state.root) walk(state.root);
  }
  return stems;
}

/** Compiled patterns; build one with {@link compilePatterns}. */
export class PatternIndex {
  private readonly simulation: Simulation;
  private readonly forms: FormCache;
  private readonly columns: WordColumns = { forms: [], stems: [], detached: [] };
  /** Per position of the columns, the index of its word. */
  private readonly wordOf: number[] = [];
  private readonly candidateMarks: Uint32Array;
  private candidateGeneration = 0;
  private readonly candidates: number[] = [];
  /** Patterns by a word or stem they may start with; `anywhere` can start at any word. */
  private readonly startsByForm = new Map<string, number[]>();
  private readonly startsByStem = new Map<string, number[]>();
  private readonly anywhere = new Set<number>();

  /** @internal Use {@link compilePatterns}. */
  constructor(
    /** The pack's language, which sets normalisation and stems. */
    readonly language: Language,
    private readonly ruleIds: readonly string[],
    private readonly patterns: readonly Compiled[],
    states: readonly State[],
    private readonly byForm: ReadonlyMap<string, readonly number[]>,
    private readonly byStem: ReadonlyMap<string, readonly number[]>,
  ) {
    this.simulation = new Simulation(states);
    this.forms = FormCache.shared(language, usesStems(states));
    this.forms.allowStems(stemsOf(states));
    this.candidateMarks = new Uint32Array(patterns.length);
    patterns.forEach(({ runnable }, id) => {
      if (!runnable.first) return void this.anywhere.add(id);
      for (const form of runnable.first.forms) postTo(this.startsByForm, form, id);
      for (const stem of runnable.first.stems) postTo(this.startsByStem, stem, id);
    });
  }

  /** NFA states visited since the index was built: a measure of work for tests and benchmarks. */
  get steps(): number {
    return this.simulation.steps;
  }

  /** Word positions the matcher stepped through since the index was built (see {@link Simulation.positions}). */
  get positions(): number {
    return this.simulation.positions;
  }

  /**
   * Every rule's non-overlapping leftmost-longest matches in `words` (in document order),
   * sorted by start. Give `text`, the document the offsets point into, for captures' `text`.
   */
  match(words: readonly PatternWord[], text?: string): PatternMatch[] {
    // Positions are words, except that a word with a leading elision (`qu'il`) takes two: its
    // elision, a detached one the matcher may step over, then the word.
    const { forms, stems, detached } = this.columns;
    const wordOf = this.wordOf;
    forms.length = stems.length = detached.length = wordOf.length = 0;
    for (let k = 0; k < words.length; k++) {
      const form = this.forms.get(words[k].normal);
      if (form.elision) (forms.push(form.elision), stems.push(''), detached.push(true), wordOf.push(k));
      forms.push(form.form);
      stems.push(form.stem);
      detached.push(form.detached);
      wordOf.push(k);
    }
    const matches: PatternMatch[] = [];
    for (let from = 0, to = 0; from < wordOf.length; from = to) {
      while (to < wordOf.length && words[wordOf[to]].sentence === words[wordOf[from]].sentence) to++;
      this.matchSentence(words, from, to, text, matches);
    }
    return matches.sort((a, b) => a.start - b.start);
  }

  private matchSentence(words: readonly PatternWord[], from: number, to: number, text: string | undefined, matches: PatternMatch[]): void {
    const candidates = this.sentenceCandidates(from, to);
    // Most sentences hold no pattern's triggers: no start positions to look up, nothing to run.
    if (candidates.length === 0) return;
    candidates.sort((a, b) => a - b);
    const wordOf = this.wordOf;
    const emit = (id: number, first: number, last: number, slots: Int32Array): void => {
      const pattern = this.patterns[id];
      const captures: Record<string, PatternSpan> = {};
      pattern.captures.forEach((name, k) => {
        const [start, end] = [slots[2 * k], slots[2 * k + 1]];
        if (start < 0 || end < start) return;
        const span: PatternSpan = spanOf(words, wordOf[start], wordOf[end]);
        if (text !== undefined) span.text = text.slice(span.start, span.end);
        captures[name] = span;
      });
      matches.push({ ruleId: this.ruleIds[pattern.rule], patternIndex: pattern.patternIndex, ...spanOf(words, wordOf[first], wordOf[last]), captures });
    };
    const starts = this.startPositions(from, to);
    // Candidates are in rule order: run each rule's candidate patterns together, since a
    // rule's matches must not overlap whichever of its patterns made them.
    for (let k = 0; k < candidates.length; ) {
      const rule = this.patterns[candidates[k]].rule;
      const runnables: Runnable[] = [];
      let anywhere = false;
      const positions: number[] = [];
      for (; k < candidates.length && this.patterns[candidates[k]].rule === rule; k++) {
        const id = candidates[k];
        runnables.push(this.patterns[id].runnable);
        if (this.anywhere.has(id)) anywhere = true;
        else for (const p of starts.get(id) ?? []) positions.push(p);
      }
      if (!anywhere && positions.length === 0) continue;
      this.simulation.run(runnables, this.columns, from, to, emit, anywhere ? undefined : positions.sort((a, b) => a - b));
    }
  }

  /**
   * Per candidate pattern (marked by {@link sentenceCandidates}), the positions of words
   * `[from, to)` it may start at, found with one look-up per word for all patterns: testing
   * each pattern's first words at each word was most of the matcher's time.
   */
  private startPositions(from: number, to: number): Map<number, number[]> {
    const starts = new Map<number, number[]>();
    const post = (ids: readonly number[] | undefined, p: number): void => {
      for (const id of ids ?? []) {
        if (this.candidateMarks[id] !== this.candidateGeneration) continue;
        const list = starts.get(id);
        if (!list) starts.set(id, [p]);
        else if (list[list.length - 1] !== p) list.push(p);
      }
    };
    for (let p = from; p < to; p++) {
      post(this.startsByForm.get(this.columns.forms[p]), p);
      if (this.startsByStem.size > 0) post(this.startsByStem.get(this.columns.stems[p]), p);
    }
    return starts;
  }

  /** The patterns whose triggers occur in words `[from, to)`, each once. */
  private sentenceCandidates(from: number, to: number): number[] {
    const candidates = this.candidates;
    candidates.length = 0;
    if (++this.candidateGeneration === 0xffffffff) {
      this.candidateMarks.fill(0);
      this.candidateGeneration = 1;
    }
    const post = (ids: readonly number[] | undefined): void => {
      for (const id of ids ?? []) {
        if (this.candidateMarks[id] === this.candidateGeneration) continue;
        this.candidateMarks[id] = this.candidateGeneration;
        candidates.push(id);
      }
    };
    for (let k = from; k < to; k++) {
      post(this.byForm.get(this.columns.forms[k]));
      if (this.byStem.size > 0) post(this.byStem.get(this.columns.stems[k]));
    }
    return candidates;
  }
}

function spanOf(words: readonly PatternWord[], first: number, last: number): PatternSpan {
  return { first, last, start: words[first].start, end: words[last].end };
}

/** Whether any state compares stems, so that words must be stemmed. */
function usesStems(states: readonly State[]): boolean {
  const hasStems = (node: TrieNode): boolean => node.stems.size > 0 || [...node.next.values()].some(hasStems);
  const checked = new Set<TrieNode>();
  return states.some((state) => {
    if (state.op === 'stem') return true;
    if (state.op !== 'class' || !state.root || checked.has(state.root)) return false;
    checked.add(state.root);
    return hasStems(state.root);
  });
}
