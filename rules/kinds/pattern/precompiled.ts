/**
 * Compiled pattern data stored at build time: the default pack's class tries and pattern
 * indexes (and the fact that its dictionaries are sorted), serialised by this module when esbuild.mjs runs the real compiler over the pack
 * (rules/pack/precompile.ts) and read back here instead of parsing every class entry and
 * pattern and building the NFA at start (most of the first lint's time, bench row f).
 *
 * Entries are keyed by a hash of what they are compiled from (the language, the classes and,
 * for an index, the rules with their patterns), so a lookup can never return data compiled from
 * other input: a workspace's pack, a configuration that adds classes or a pack edited since the
 * build simply miss and compile at run time. test/pack/precompiled.test.ts checks that a stored
 * entry is exactly what the run-time compiler builds, and that findings are the same both ways.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../../api';
import type { TrieNode } from './classes';
import type { Op, State } from './nfa';

/** Serialised entries by key, each a JSON string parsed on first use (French data stays a string in an English session). */
export type PrecompiledTable = Readonly<Record<string, string>>;

type Classes = Readonly<Record<string, readonly string[]>>;

let table: PrecompiledTable = {};
let recorder: ((key: string, json: string) => void) | undefined;
let hits = 0;
/** Whether a lookup can hit or a compile is recorded: otherwise no key is even computed. */
let active = false;

/** Installs the table that lookups read (rules/pack/index.ts installs the bundled one); `{}` turns lookups off. */
export function usePrecompiled(entries: PrecompiledTable): void {
  table = entries;
  active = Object.keys(table).length > 0 || recorder !== undefined;
}

/** Calls `record` with every entry compiled at run time from now on (the build's precompile step); undefined stops. */
export function recordPrecompiled(record: ((key: string, json: string) => void) | undefined): void {
  recorder = record;
  active = Object.keys(table).length > 0 || recorder !== undefined;
}

/** Whether compiles should compute keys (a table is installed or a recorder listens). */
export function precompiledActive(): boolean {
  return active;
}

/** How many lookups the table has answered since the process started (tests check that it is used). */
export function precompiledHits(): number {
  return hits;
}

function lookup(key: string): unknown {
  const json = table[key];
  if (json === undefined) return undefined;
  hits++;
  return JSON.parse(json);
}

const hash = (parts: unknown): string => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

/**
 * Whether `text`'s words are known to be in code-unit order (a pack dictionary checked at
 * build time); otherwise `check` decides, and a recorder keeps a `true` answer.
 */
export function sortedWords(text: string, check: (text: string) => boolean): boolean {
  if (!active) return check(text);
  const key = `sorted:${createHash('sha256').update(text).digest('base64url')}`;
  if (lookup(key) === true) return true;
  const sorted = check(text);
  if (sorted && recorder) recorder(key, 'true');
  return sorted;
}

/** The key of the tries of `classes` in `language`. */
export function triesKey(classes: Classes, language: Language): string {
  return `tries:${hash([language, classes])}`;
}

/** The key of an index of `rules` with `classes` in `language`. */
export function indexKey(rules: readonly { id: string; patterns: readonly string[] }[], classes: Classes, language: Language): string {
  return `index:${hash([language, classes, rules.map((rule) => [rule.id, rule.patterns])])}`;
}

/**
 * Tries as stored: nodes in id order, each `[terminal, [form, child, …], [stem, child, …]]`
 * with children by id, and the classes' roots in the order of the map. Map order is kept, so
 * that everything iterating a trie sees the same order as after a run-time compile.
 */
interface StoredTries {
  nodes: [0 | 1, (string | number)[], (string | number)[]][];
  roots: [string, number][];
}

function storeTries(tries: ReadonlyMap<string, TrieNode>): StoredTries {
  const nodes: StoredTries['nodes'] = [];
  const walk = (node: TrieNode): void => {
    if (nodes[node.id]) return;
    const next: (string | number)[] = [];
    const stems: (string | number)[] = [];
    nodes[node.id] = [node.terminal ? 1 : 0, next, stems];
    for (const [key, child] of node.next) (next.push(key, child.id), walk(child));
    for (const [key, child] of node.stems) (stems.push(key, child.id), walk(child));
  };
  for (const root of tries.values()) walk(root);
  for (let id = 0; id < nodes.length; id++) if (!nodes[id]) throw new Error(`trie node ${id} is not reachable from a class`);
  return { nodes, roots: [...tries].map(([name, root]) => [name, root.id]) };
}

/** The edges of a node that has none: most nodes have no stem edges and leaves no word edges either. Tries are never changed once built. */
const NO_EDGES: Map<string, TrieNode> = new Map();

function loadTries(stored: StoredTries): Map<string, TrieNode> {
  const nodes: TrieNode[] = stored.nodes.map(([terminal, next, stems], id) => ({ id, next: next.length ? new Map() : NO_EDGES, stems: stems.length ? new Map() : NO_EDGES, terminal: terminal === 1 }));
  stored.nodes.forEach(([, next, stems], id) => {
    const node = nodes[id];
    for (let k = 0; k < next.length; k += 2) node.next.set(next[k] as string, nodes[next[k + 1] as number]);
    for (let k = 0; k < stems.length; k += 2) node.stems.set(stems[k] as string, nodes[stems[k + 1] as number]);
  });
  return new Map(stored.roots.map(([name, id]) => [name, nodes[id]]));
}

/** The stored tries of `classes` in `language`, if the table has them. */
export function storedTries(classes: Classes, language: Language): Map<string, TrieNode> | undefined {
  if (!active) return undefined;
  const stored = lookup(triesKey(classes, language)) as StoredTries | undefined;
  return stored && loadTries(stored);
}

/** Records tries compiled at run time, when the build's precompile step listens. */
export function recordTries(classes: Classes, language: Language, tries: ReadonlyMap<string, TrieNode>): void {
  if (recorder) recorder(triesKey(classes, language), JSON.stringify(storeTries(tries)));
}

/** The parts of a compiled index (pattern-index.ts's `Compiled` and the postings), without functions. */
export interface IndexParts {
  ruleIds: readonly string[];
  patterns: readonly {
    rule: number;
    patternIndex: number;
    captures: string[];
    runnable: { pattern: number; start: number; captures: Int32Array; first: { forms: ReadonlySet<string>; stems: ReadonlySet<string> } | undefined };
  }[];
  states: readonly State[];
  byForm: ReadonlyMap<string, readonly number[]>;
  byStem: ReadonlyMap<string, readonly number[]>;
}

const OPS: readonly Op[] = ['word', 'stem', 'any', 'class', 'split', 'start', 'end', 'open', 'close', 'accept'];

/**
 * An index as stored. States are `[op, next, alt, key, class, slot, pattern]` with the op's
 * number in {@link OPS} and a class trie by its class name (`''` for none); patterns are
 * `[rule, patternIndex, captures, start, firstForms | null, firstStems]`.
 */
interface StoredIndex {
  ruleIds: string[];
  states: [number, number, number, string, string, number, number][];
  patterns: [number, number, string[], number, string[] | null, string[]][];
  byForm: [string, number[]][];
  byStem: [string, number[]][];
}

/** Serialises an index compiled with `tries`. */
export function storeIndex(parts: IndexParts, tries: ReadonlyMap<string, TrieNode>): string {
  const classOf = new Map([...tries].map(([name, root]) => [root, name]));
  const stored: StoredIndex = {
    ruleIds: [...parts.ruleIds],
    states: parts.states.map((s) => {
      const name = s.root === undefined ? '' : classOf.get(s.root);
      if (name === undefined) throw new Error('a class state points at a trie that is no class root');
      return [OPS.indexOf(s.op), s.next, s.alt, s.key, name, s.slot, s.pattern];
    }),
    patterns: parts.patterns.map((p) => {
      if (p.runnable.pattern !== parts.patterns.indexOf(p) || p.runnable.captures.length !== 2 * p.captures.length || p.runnable.captures.some((c) => c !== -1)) throw new Error('unexpected runnable');
      return [p.rule, p.patternIndex, p.captures, p.runnable.start, p.runnable.first ? [...p.runnable.first.forms] : null, p.runnable.first ? [...p.runnable.first.stems] : []];
    }),
    byForm: [...parts.byForm].map(([key, ids]) => [key, [...ids]]),
    byStem: [...parts.byStem].map(([key, ids]) => [key, [...ids]]),
  };
  return JSON.stringify(stored);
}

/** Records an index compiled at run time, when the build's precompile step listens. */
export function recordIndex(key: string, parts: IndexParts, tries: ReadonlyMap<string, TrieNode>): void {
  if (recorder) recorder(key, storeIndex(parts, tries));
}

/** The stored index under `key`, rebuilt with `tries` (which must be those of the classes it was compiled with). */
export function storedIndex(key: string, tries: ReadonlyMap<string, TrieNode>): IndexParts | undefined {
  const stored = lookup(key) as StoredIndex | undefined;
  if (!stored) return undefined;
  const states: State[] = stored.states.map(([op, next, alt, key, name, slot, pattern]) => {
    const root = name === '' ? undefined : tries.get(name);
    if (name !== '' && !root) throw new Error(`stored index: no class @${name}`);
    // The field order of NfaBuilder's states, so that the matcher's loop sees one shape.
    return { next, alt, key, root, slot, pattern, op: OPS[op] };
  });
  const patterns = stored.patterns.map(([rule, patternIndex, captures, start, forms, stems], id) => ({
    rule,
    patternIndex,
    captures,
    runnable: { pattern: id, start, captures: new Int32Array(2 * captures.length).fill(-1), first: forms ? { forms: new Set(forms), stems: new Set(stems) } : undefined },
  }));
  return { ruleIds: stored.ruleIds, patterns, states, byForm: new Map(stored.byForm), byStem: new Map(stored.byStem) };
}
