/**
 * The pattern language's parser: a pattern string (or a class entry) to a small syntax tree,
 * with errors that quote the pattern and name the character, because the people who write
 * patterns are communications teams, not regex users. The grammar is in README.md.
 */
import type { Language } from '../../api';
import { normalForm, stemOf } from './normal-form';

/** One item of a pattern; `at` is its offset in the pattern string. */
export type PatternNode =
  | { kind: 'literal'; form: string; at: number }
  | { kind: 'class'; name: string; at: number }
  | { kind: 'stem'; stem: string; at: number }
  | { kind: 'gap'; min: number; max: number; at: number }
  | { kind: 'anchor'; end: boolean; at: number }
  | { kind: 'group'; alternatives: PatternNode[][]; at: number }
  | { kind: 'optional'; item: PatternNode; at: number }
  | { kind: 'capture'; name: string; item: PatternNode; at: number };

/** The longest gap: longer ones would match most of a sentence and say little. */
export const MAX_GAP = 8;

/** A pattern or class entry that does not parse; the message quotes it and names the character. */
export class PatternSyntaxError extends Error {
  constructor(
    /** The pattern or class entry as written. */
    readonly source: string,
    /** Offset of the offending character in `source`. */
    readonly offset: number,
    /** Why, in a few words (`unknown class @FOO`). */
    readonly reason: string,
    /** Where `source` comes from: `pattern 2 of rule \`insult\``, `entry 3 of class @NEG`. */
    readonly origin: string,
  ) {
    super(`In ${origin}, \`${source}\`, at character ${offset + 1}: ${reason}.`);
    this.name = 'PatternSyntaxError';
  }
}

/** What the parser needs besides the text. */
export interface ParseContext {
  language: Language;
  /** Class names that `@NAME` may use. */
  classes: ReadonlySet<string>;
  /** For error messages, see {@link PatternSyntaxError.origin}. */
  origin: string;
}

// Characters that end a literal: spaces (no-break ones included, `\s` covers them) and operators.
const LITERAL = /[^\s()|?=*@~^${}]+/uy;
const NAME = /[\p{L}\p{N}_-]+/uy;
// From the start of a name only (the parser reads it at a token's start): tried inside a long name with no `=`, it would rescan the name.
const CAPTURE = /(?<![\p{L}\p{N}_-])([\p{L}_][\p{L}\p{N}_-]*)=/uy;
const GAP = /\{\s*(\d+)\s*,\s*(\d+)\s*\}/y;
const SPACE = /\s*/uy;

/** Parses a pattern; throws {@link PatternSyntaxError}. */
export function parsePattern(source: string, context: ParseContext): PatternNode[] {
  const parser = new Parser(source, context);
  const items = parser.sequence();
  parser.expectEnd();
  if (!items.some(isRequired)) parser.fail(0, 'a pattern must contain at least one required literal, class or stem');
  return items;
}

/**
 * Parses a class entry: one `@CLASS`, or a word or phrase whose words may be `~stem`s.
 * Returns the class name or the phrase.
 */
export function parseEntry(source: string, context: ParseContext): string | PatternNode[] {
  const parser = new Parser(source, context);
  const items = parser.sequence();
  parser.expectEnd();
  if (items.length === 1 && items[0].kind === 'class') return items[0].name;
  const other = items.find((item) => item.kind !== 'literal' && item.kind !== 'stem');
  if (other) parser.fail(other.at, 'a class entry is a word, a phrase (whose words may be `~stem`s) or one `@CLASS`');
  if (items.length === 0) parser.fail(0, 'a class entry must not be empty');
  return items;
}

/** Whether every match of `node` takes at least one word from a literal, class or stem. */
export function isRequired(node: PatternNode): boolean {
  switch (node.kind) {
    case 'literal':
    case 'class':
    case 'stem':
      return true;
    case 'capture':
      return isRequired(node.item);
    case 'group':
      return node.alternatives.every((alternative) => alternative.some(isRequired));
    default:
      return false;
  }
}

class Parser {
  private at = 0;

  constructor(private readonly source: string, private readonly context: ParseContext) {}

  fail(at: number, reason: string): never {
    throw new PatternSyntaxError(this.source, at, reason, this.context.origin);
  }

  expectEnd(): void {
    if (this.at >= this.source.length) return;
    const char = this.source[this.at];
    if (char === ')') this.fail(this.at, 'unexpected `)`: no group is open');
    this.fail(this.at, 'unexpected `|` outside a group: write the alternatives in `( … | … )`');
  }

  /** Items up to the end, a `|` or a `)`. */
  sequence(): PatternNode[] {
    const items: PatternNode[] = [];
    for (;;) {
      this.skipSpaces();
      const char = this.source[this.at];
      if (char === undefined || char === '|' || char === ')') return items;
      items.push(this.item());
    }
  }

  private item(): PatternNode {
    const at = this.at;
    const capture = this.read(CAPTURE);
    if (capture) {
      const char = this.source[this.at];
      if (char === undefined || /[\s|)?]/u.test(char)) this.fail(at, `the capture \`${capture[1]}=\` needs an item right after \`=\``);
      const item = this.item();
      if (item.kind === 'anchor') this.fail(item.at, 'an anchor cannot be captured');
      return { kind: 'capture', name: capture[1], item, at };
    }
    const atom = this.atom();
    if (this.source[this.at] !== '?') return atom;
    if (atom.kind === 'anchor') this.fail(this.at, 'an anchor cannot be optional');
    this.at++;
    return { kind: 'optional', item: atom, at };
  }

  private atom(): PatternNode {
    const at = this.at;
    const char = this.source[this.at];
    switch (char) {
      case '(':
        return this.group();
      case '@': {
        this.at++;
        const name = this.read(NAME)?.[0];
        if (!name) this.fail(at, 'expected a class name after `@`');
        if (!this.context.classes.has(name)) this.fail(at, `unknown class @${name}`);
        return { kind: 'class', name, at };
      }
      case '~': {
        this.at++;
        const word = this.read(LITERAL)?.[0];
        if (!word) this.fail(at, 'expected a word after `~`');
        return { kind: 'stem', stem: stemOf(this.form(word, at), this.context.language), at };
      }
      case '*':
        return this.gap();
      case '^':
      case '$':
        this.at++;
        return { kind: 'anchor', end: char === '$', at };
      case '?':
        return this.fail(at, '`?` must follow an item, with no space before it');
      case '=':
        return this.fail(at, 'a capture needs a name before `=`, as in `target=@CLASS`');
      case '{':
      case '}':
        return this.fail(at, '`{m,n}` must follow `*`, as in `*{0,2}`');
    }
    const word = this.read(LITERAL)?.[0];
    if (!word) this.fail(at, `unexpected \`${char}\``);
    return { kind: 'literal', form: this.form(word, at), at };
  }

  private group(): PatternNode {
    const at = this.at++;
    const alternatives: PatternNode[][] = [];
    for (;;) {
      const start = this.at;
      const alternative = this.sequence();
      if (this.at >= this.source.length) this.fail(at, 'unclosed group: `(` has no matching `)`');
      if (alternative.length === 0) {
        this.fail(start, alternatives.length === 0 && this.source[this.at] === ')' ? 'empty group' : 'empty alternative: write `item?` for an optional item');
      }
      alternatives.push(alternative);
      if (this.source[this.at] !== '|') break;
      this.at++;
    }
    this.at++;
    return { kind: 'group', alternatives, at };
  }

  private gap(): PatternNode {
    const at = this.at++;
    if (this.source[this.at] !== '{') return { kind: 'gap', min: 1, max: 1, at };
    const bounds = this.read(GAP);
    if (!bounds) this.fail(at, 'a gap is written `*{m,n}`, for m to n words');
    const [min, max] = [Number(bounds[1]), Number(bounds[2])];
    const written = `{${min},${max}}`;
    if (max > MAX_GAP) this.fail(at, `gap ${written} is over ${MAX_GAP} words`);
    if (min > max) this.fail(at, `gap ${written} has its minimum over its maximum`);
    if (max === 0) this.fail(at, `gap ${written} matches no word`);
    return { kind: 'gap', min, max, at };
  }

  private form(word: string, at: number): string {
    const form = normalForm(word, this.context.language);
    if (!form) this.fail(at, `\`${word}\` has no letter or digit, and punctuation between words is ignored`);
    return form;
  }

  private read(pattern: RegExp): RegExpExecArray | undefined {
    pattern.lastIndex = this.at;
    const match = pattern.exec(this.source);
    if (!match) return undefined;
    this.at = pattern.lastIndex;
    return match;
  }

  private skipSpaces(): void {
    this.read(SPACE);
  }
}
