/**
 * Runs the NFA over one sentence the way Thompson and Pike do (Cox 2007, "Regular Expression
 * Matching: the Virtual Machine Approach"): a list of threads per word position, each state at
 * most once per position, never backtracking, so a sentence costs at most words × states.
 * Threads are kept in start order, so the first thread to reach a state is the leftmost one;
 * among threads with the same start, the earlier one is the greedier path, and its captures win.
 */
import type { TrieNode } from './classes';
import type { State } from './nfa';

/** A pattern to run: its number, its start state, its initial (empty) captures, the words it can start at. */
export interface Runnable {
  pattern: number;
  start: number;
  captures: Int32Array;
  /** Undefined when any word can start a match. */
  first: { forms: ReadonlySet<string>; stems: ReadonlySet<string> } | undefined;
}

/** A match: word indexes of its first and last word, and per capture slot `[first, last]` pairs. */
export type Emit = (pattern: number, first: number, last: number, captures: Int32Array) => void;

/** The per-word data of one `match` call, indexed like the words. */
export interface WordColumns {
  forms: string[];
  stems: string[];
  detached: boolean[];
}

interface Thread {
  state: number;
  /** Where a `class` thread is in the class's trie. */
  node: TrieNode | undefined;
  start: number;
  /** The last word taken; `start - 1` until the thread takes one. */
  last: number;
  captures: Int32Array;
}

/** The matcher's working memory, reused from sentence to sentence. */
export class Simulation {
  /** States visited since creation: a work count for tests and benchmarks. */
  steps = 0;
  /** Word positions stepped through since creation: what jumping over dead stretches saves. */
  positions = 0;
  private readonly marks: Uint32Array;
  private generation = 0;
  private readonly inTrie = new Set<number>();
  private current: Thread[] = [];
  private next: Thread[] = [];
  private currentCount = 0;
  private nextCount = 0;
  private hasBest = false;
  private bestPattern = -1;
  private bestFirst = -1;
  private bestLast = -1;
  private bestCaptures: Int32Array = new Int32Array(0);
  private firstReal = 0;
  private lastReal = 0;
  private columns: WordColumns = { forms: [], stems: [], detached: [] };

  constructor(private readonly states: readonly State[]) {
    this.marks = new Uint32Array(states.length);
  }

  /**
   * Non-overlapping leftmost-longest matches of `patterns` in words `[from, to)` of one sentence.
   * `starts`, when given, lists in order the positions where one of `patterns` may start (a
   * superset is fine): the matcher jumps over the stretches where no thread is alive and none
   * can start, instead of stepping through them word by word.
   */
  run(patterns: readonly Runnable[], columns: WordColumns, from: number, to: number, emit: Emit, starts?: readonly number[]): void {
    this.columns = columns;
    // Anchors and detached elisions: `^` holds before the first word that is not one.
    this.firstReal = from;
    while (this.firstReal < to && columns.detached[this.firstReal]) this.firstReal++;
    this.lastReal = to - 1;
    while (this.lastReal >= from && columns.detached[this.lastReal]) this.lastReal--;
    let cursor = 0;
    /** The first position at or after `p` where a pattern may start, or `to`. */
    const nextStart = (p: number): number => {
      if (!starts) return p;
      while (cursor < starts.length && starts[cursor] < p) cursor++;
      return cursor < starts.length ? Math.min(starts[cursor], to) : to;
    };
    let position = nextStart(from);
    while (position < to) {
      this.hasBest = false;
      this.advance();
      this.inject(patterns, position);
      // Once a match is found no thread starts after it, so the threads die out within the
      // longest pattern's length, and a rescan after the match is bounded by it too.
      for (let p = position; p < to && (this.nextCount > 0 || !this.hasBest); p++) {
        this.advance();
        for (let k = 0; k < this.currentCount; k++) {
          const thread = this.current[k];
          if (!this.hasBest || thread.start <= this.bestFirst) this.take(thread, p);
        }
        if (this.hasBest || p + 1 >= to) continue;
        if (this.nextCount > 0 || !starts) {
          this.inject(patterns, p + 1);
          continue;
        }
        // Nothing alive: go straight to where a pattern may start next (p + 1 itself, if there).
        const q = nextStart(p + 1);
        if (q >= to) return;
        this.inject(patterns, q);
        p = q - 1;
      }
      if (!this.hasBest) return;
      emit(this.bestPattern, this.bestFirst, this.bestLast, this.bestCaptures);
      position = nextStart(this.bestLast + 1);
    }
  }

  /** Makes the list being filled the current one, and starts a new position's marks. */
  private advance(): void {
    this.positions++;
    const filled = this.next;
    this.next = this.current;
    this.current = filled;
    this.currentCount = this.nextCount;
    this.nextCount = 0;
    // Set.clear() allocates a new table in V8, even for an empty set.
    if (this.inTrie.size > 0) this.inTrie.clear();
    if (++this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
  }

  private inject(patterns: readonly Runnable[], p: number): void {
    const form = this.columns.forms[p];
    const stem = this.columns.stems[p];
    for (const { start, captures, first } of patterns) {
      // Most words start no pattern: checking a Set is cheaper than a thread that dies.
      if (first && !first.forms.has(form) && !(first.stems.size > 0 && first.stems.has(stem))) continue;
      this.add(start, undefined, p, p, p - 1, captures);
    }
  }

  /** Lets a waiting thread take word `p`. */
  private take(thread: Thread, p: number): void {
    this.steps++;
    const state = this.states[thread.state];
    const { forms, stems, detached } = this.columns;
    switch (state.op) {
      case 'word':
        if (forms[p] === state.key) this.add(state.next, undefined, p + 1, thread.start, p, thread.captures);
        break;
      case 'stem':
        if (stems[p] === state.key) this.add(state.next, undefined, p + 1, thread.start, p, thread.captures);
        break;
      case 'any':
        this.add(state.next, undefined, p + 1, thread.start, p, thread.captures);
        break;
      case 'class': {
        const node = thread.node as TrieNode;
        const byForm = node.next.get(forms[p]);
        if (byForm) this.enter(thread, byForm, state, p);
        const byStem = node.stems.size > 0 ? node.stems.get(stems[p]) : undefined;
        if (byStem) this.enter(thread, byStem, state, p);
        break;
      }
    }
    // A detached elision (`l` of `l' abruti`) may also be stepped over, by a thread that has
    // started taking words; one that has not will be started again at the next word.
    if (detached[p] && thread.last >= thread.start) this.carry(thread, p);
  }

  /** A class thread took a word of an entry: continue the entry, and leave the class if one ends. */
  private enter(thread: Thread, node: TrieNode, state: State, p: number): void {
    // The longer entry first, so that captures prefer it.
    if (node.next.size > 0 || node.stems.size > 0) {
      const key = node.id * this.states.length + thread.state;
      if (!this.inTrie.has(key)) {
        this.inTrie.add(key);
        this.push(thread.state, node, thread.start, p, thread.captures);
      }
    }
    if (node.terminal) this.add(state.next, undefined, p + 1, thread.start, p, thread.captures);
  }

  private carry(thread: Thread, p: number): void {
    const { state, node, start, last } = thread;
    let captures = thread.captures;
    // A capture opened at the skipped word has taken nothing yet: it starts at the next one.
    for (let k = 0; k < captures.length; k += 2) {
      if (captures[k] === p && captures[k + 1] === -1) {
        if (captures === thread.captures) captures = captures.slice();
        captures[k] = p + 1;
      }
    }
    if (node !== undefined && node !== this.states[state].root) {
      const key = node.id * this.states.length + state;
      if (this.inTrie.has(key)) return;
      this.inTrie.add(key);
    } else {
      if (this.marks[state] === this.generation) return;
      this.marks[state] = this.generation;
    }
    this.push(state, node, start, last, captures);
  }

  /** Follows the states that take no word from `id`, at position `p`, and queues the threads that wait for one. */
  private add(id: number, node: TrieNode | undefined, p: number, start: number, last: number, captures: Int32Array): void {
    this.steps++;
    if (this.marks[id] === this.generation) return;
    this.marks[id] = this.generation;
    const state = this.states[id];
    switch (state.op) {
      case 'split':
        this.add(state.next, node, p, start, last, captures);
        this.add(state.alt, node, p, start, last, captures);
        return;
      case 'start':
        if (p <= this.firstReal) this.add(state.next, node, p, start, last, captures);
        return;
      case 'end':
        if (p > this.lastReal) this.add(state.next, node, p, start, last, captures);
        return;
      case 'open':
      case 'close': {
        const copy = captures.slice();
        if (state.op === 'open') {
          copy[2 * state.slot] = p;
          copy[2 * state.slot + 1] = -1;
        } else {
          copy[2 * state.slot + 1] = last;
        }
        this.add(state.next, node, p, start, last, copy);
        return;
      }
      case 'accept':
        this.offer(state.pattern, start, last, captures);
        return;
      default:
        this.push(id, state.op === 'class' ? state.root : undefined, start, last, captures);
    }
  }

  /** Leftmost first, then longest, then the lower pattern number. */
  private offer(pattern: number, first: number, last: number, captures: Int32Array): void {
    if (this.hasBest) {
      if (first > this.bestFirst) return;
      if (first === this.bestFirst && (last < this.bestLast || (last === this.bestLast && pattern >= this.bestPattern))) return;
    }
    this.hasBest = true;
    this.bestPattern = pattern;
    this.bestFirst = first;
    this.bestLast = last;
    this.bestCaptures = captures;
  }

  private push(state: number, node: TrieNode | undefined, start: number, last: number, captures: Int32Array): void {
    // Thread objects are reused from position to position: a match allocates no thread.
    const thread = this.next[this.nextCount++];
    if (!thread) {
      this.next.push({ state, node, start, last, captures });
      return;
    }
    thread.state = state;
    thread.node = node;
    thread.start = start;
    thread.last = last;
    thread.captures = captures;
  }
}
