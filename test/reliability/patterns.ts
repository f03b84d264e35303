/**
 * Every regular expression of rules/ and server/src/, and the shapes of text that make a
 * backtracking engine slow on it (issue 12, "Linear-time patterns everywhere").
 *
 * - Literals come from the sources themselves (esbuild.mjs reads them with acorn at build
 *   time: `guidelint:regex-inventory`), so a new literal is swept without anyone listing it.
 * - Patterns built at run time (`new RegExp` from a pack's data, per acronym, per name) are
 *   recorded while the default pack lints its own examples, the fixtures and the sample posts:
 *   `RegExp.prototype.exec` is wrapped for that run, and the first call of each pattern tells
 *   from its stack where it lives. The same run keeps a few of each pattern's matches
 *   ("witnesses"), from which pumped shapes are made: a match with one of its characters
 *   repeated, a match followed by a long run of white space, a match repeated.
 * - The cost of a pattern on a text is the time to find every match from every position (a
 *   global scan, the most any caller can ask of it), measured against a linear scan of the
 *   same text (one pass of a simple loop), so the ratio does not depend on the machine.
 */
import { readFileSync } from 'node:fs';
import inventory from 'guidelint:regex-inventory';

/** A regular expression of ours and where it lives. */
export interface PatternSite {
  /** `file:line` for a literal, the first caller's `file:line` for a pattern built at run time. */
  where: string;
  source: string;
  flags: string;
  /** Some of what it matched while the examples were linted. */
  witnesses: string[];
}

interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
}

const key = (source: string, flags: string): string => `/${source}/${[...flags].filter((f) => f !== 'g' && f !== 'y').sort().join('')}`;

/** Every regular-expression literal of rules/ and server/src/. */
export function literalPatterns(): PatternSite[] {
  return (inventory as Literal[]).map((l) => ({ where: `${l.file}:${l.line}`, source: l.source, flags: l.flags, witnesses: [] }));
}

/**
 * The source file of a bundle's line: esbuild writes `// path/of/module.ts` above each
 * module's code in a bundle that is not minified (the test bundles), so no source map is needed.
 */
const bundleModules = new Map<string, { line: number; file: string }[]>();
function moduleOf(bundle: string, line: number, exec: RegExp['exec']): string | undefined {
  let modules = bundleModules.get(bundle);
  if (!modules) {
    modules = [];
    const header = /^\/\/ (\S+\.(?:ts|js|mjs|cjs|json)|[\w-]+:[\w:-]+)$/;
    readFileSync(bundle, 'utf8').split('\n').forEach((text, i) => {
      const m = exec.call(header, text);
      if (m) modules!.push({ line: i + 1, file: m[1] });
    });
    bundleModules.set(bundle, modules);
  }
  let found: string | undefined;
  for (const m of modules) if (m.line <= line) found = m.file;
  return found;
}

const FRAME = /^\s*at (?:([^()]+) \()?(\/[^():]+\.js):(\d+):\d+\)?$/;

/** Where the code that ran a pattern lives: its first caller outside this file, if that is in rules/ or server/src/. */
function callerOf(stack: string, exec: RegExp['exec']): string | null {
  for (const line of stack.split('\n').slice(1)) {
    const frame = exec.call(FRAME, line);
    if (!frame) continue;
    const file = moduleOf(frame[2], Number(frame[3]), exec);
    if (file === undefined || file === 'test/reliability/patterns.ts') continue;
    return /^(rules|server\/src)\//.test(file) ? `${file} (${frame[1] ?? 'top level'})` : null;
  }
  return null;
}

/**
 * Runs `work` with the global `RegExp` constructor and `RegExp.prototype.exec` wrapped and
 * returns every pattern our code built or ran (its first caller is in rules/ or server/src/),
 * with up to four witnesses each. Wrapping the constructor sweeps a pattern built at run time
 * (from a template literal, a pack's data) even when no example reaches the code that runs it;
 * wrapping `exec` gives the witnesses, and the literals that run. Patterns of dependencies
 * (remark, retext) are left out. Run the pack's compilation inside `work`, so that the patterns
 * its detectors build when they are created are seen too.
 */
export function recordPatterns(work: () => void): PatternSite[] {
  const seen = new Map<string, PatternSite | null>();
  const original = RegExp.prototype.exec;
  const OriginalRegExp = globalThis.RegExp;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  let inside = false;
  const siteOf = (re: RegExp): PatternSite | null => {
    const k = key(re.source, re.flags);
    let site = seen.get(k);
    if (site === undefined) {
      inside = true;
      try {
        const where = callerOf(new Error().stack ?? '', original);
        site = where ? { where, source: re.source, flags: re.flags, witnesses: [] } : null;
      } finally {
        inside = false;
      }
      seen.set(k, site);
    }
    return site;
  };
  const built = (re: RegExp): RegExp => {
    if (!inside) siteOf(re);
    return re;
  };
  globalThis.RegExp = new Proxy(OriginalRegExp, {
    construct: (target, args: [string | RegExp, string?]) => built(new target(...args)),
    apply: (target, _this, args: [string | RegExp, string?]) => built(target(...args)),
  });
  RegExp.prototype.exec = function recordingExec(this: RegExp, input: string): RegExpExecArray | null {
    const match = original.call(this, input);
    if (inside) return match;
    const site = siteOf(this);
    if (site && match && match[0].length > 0 && site.witnesses.length < 4 && !site.witnesses.includes(match[0])) site.witnesses.push(match[0]);
    return match;
  };
  try {
    work();
  } finally {
    globalThis.RegExp = OriginalRegExp;
    OriginalRegExp.prototype.exec = original;
    Error.stackTraceLimit = limit;
  }
  return [...seen.values()].filter((s): s is PatternSite => s !== null);
}

/** Literals and run-time patterns together, one entry per pattern (a literal keeps its own place, and gains witnesses). */
export function allPatterns(recorded: readonly PatternSite[]): PatternSite[] {
  const byKey = new Map<string, PatternSite>();
  for (const site of [...literalPatterns(), ...recorded]) {
    const k = key(site.source, site.flags);
    const known = byKey.get(k);
    if (!known) byKey.set(k, { ...site, witnesses: [...site.witnesses] });
    else for (const w of site.witnesses) if (known.witnesses.length < 4 && !known.witnesses.includes(w)) known.witnesses.push(w);
  }
  return [...byKey.values()];
}

/** A text of length `n` made of `unit` repeated (cut at `n`). */
export const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / Math.max(unit.length, 1))).slice(0, n);

/** Pseudo-random characters from `alphabet`, the same for the same seed. */
function randomOf(alphabet: string, n: number, seed = 7): string {
  const chars = [...alphabet];
  let s = seed;
  let out = '';
  while (out.length < n) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out += chars[s % chars.length];
  }
  return out.slice(0, n);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Shapes every pattern is fed: the runs the issue found quadratic (a long word, a base64
 * blob, runs of dots, hyphens, emoji, dashes, ellipses, spaced digits, long white space after
 * a word) and the other characters a pattern of ours gives a meaning to.
 */
export const GENERIC_SHAPES: Record<string, (n: number) => string> = {
  'letters': (n) => repeat('a', n),
  'capitals': (n) => repeat('A', n),
  'base64': (n) => randomOf(BASE64, n),
  'letters and digits': (n) => repeat('a1', n),
  'digits': (n) => repeat('1', n),
  'spaced digits': (n) => repeat('1 ', n),
  'digit groups': (n) => repeat('1 234,', n),
  'dots': (n) => repeat('.', n),
  'hyphens': (n) => repeat('-', n),
  'underscores': (n) => repeat('_', n),
  'letter dot': (n) => repeat('a.', n),
  'letter hyphen': (n) => repeat('a-', n),
  'letter at': (n) => repeat('a@', n),
  'letter colon slash': (n) => repeat('a:/', n),
  'emoji': (n) => repeat('😀', n),
  'dashes': (n) => repeat('—', n),
  'spaced dashes': (n) => repeat('— ', n),
  'ellipses': (n) => repeat('…', n),
  'spaces': (n) => `a${repeat(' ', n - 2)}a`,
  'spaces then nothing': (n) => `a${repeat(' ', n - 1)}`,
  'tabs and no-break spaces': (n) => `a${repeat('\t\u00a0\u202f', n - 2)}a`,
  'line breaks': (n) => repeat('a\r\n', n),
  'words': (n) => repeat('word ', n),
  'capital words': (n) => repeat('AB ', n),
  'title words': (n) => repeat('Word ', n),
  'apostrophes': (n) => repeat("l'", n),
  'quotes': (n) => repeat('"a «', n),
  'brackets': (n) => repeat('[(a', n),
  'markup': (n) => repeat('<*_`#|', n),
  'punctuation': (n) => repeat('!?,;:', n),
  'symbols': (n) => repeat('$%&=+/\\', n),
  'masked': (n) => repeat('\uFFFC', n),
  'masked and letters': (n) => repeat('\uFFFCa', n),
};

/** Shapes pumped from a pattern's witnesses: each of its characters repeated, white space after it, the witness repeated. */
export function pumpedShapes(site: PatternSite, n: number): Record<string, string> {
  const shapes: Record<string, string> = {};
  for (const w of site.witnesses.slice(0, 3)) {
    const chars = [...w];
    shapes[`«${w}» repeated`] = repeat(w, n);
    shapes[`«${w}» then spaces`] = w + repeat(' ', n - w.length);
    shapes[`«${w}» then letters`] = w + repeat('a', n - w.length);
    // Pump a few positions: the first, the middle and the last character, and each one of a short witness.
    const positions = chars.length <= 8 ? chars.map((_, i) => i) : [0, 1, chars.length >> 1, chars.length - 2, chars.length - 1];
    for (const i of positions) {
      const head = chars.slice(0, i).join('');
      const tail = chars.slice(i + 1).join('');
      shapes[`«${w}» with «${chars[i]}» pumped`] = head + repeat(chars[i], n - head.length - tail.length) + tail;
      shapes[`«${w}» with «${chars[i]}» pumped, unfinished`] = head + repeat(chars[i], n - head.length);
    }
    if (chars.length > 1) shapes[`«${w}» minus its last character, repeated`] = repeat(chars.slice(0, -1).join(''), n);
  }
  return shapes;
}

/** Every match from every position: a global scan, as `replace`, `matchAll` or a `lastIndex` loop would do. */
export function scanAll(site: Pick<PatternSite, 'source' | 'flags'>, text: string): number {
  const flags = site.flags.replace(/[gy]/g, '') + 'g';
  const re = new RegExp(site.source, flags);
  let count = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    count++;
    // An empty match moves on by one character (a whole code point under the u or v flag), as String.prototype.matchAll does.
    if (m[0].length === 0) re.lastIndex = m.index + (re.unicode || re.flags.includes('v') ? (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1 : 1);
  }
  return count;
}

/** One linear pass over `text`: the unit of cost. */
export function linearScan(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

/** The fastest of `runs` runs of `work`, in milliseconds. */
export function fastest(work: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** How many linear scans of `text` one global scan of `site` costs. */
export function costRatio(site: Pick<PatternSite, 'source' | 'flags'>, text: string, runs = 3): number {
  // Repeat the linear scan so that it is measurable above the timer's resolution.
  const REPEAT = 20;
  const linear = fastest(() => { for (let i = 0; i < REPEAT; i++) linearScan(text); }, 5) / REPEAT;
  const pattern = fastest(() => scanAll(site, text), runs);
  return pattern / Math.max(linear, 1e-3);
}

/**
 * Milliseconds per global scan of `site` over `text`: after a warm-up scan (V8 compiles a
 * pattern to machine code on its first runs), scans are repeated until they add up to
 * `budgetMs`, and the fastest of `rounds` such rounds is kept (a pause of the collector or of
 * the machine only makes one round slower).
 */
export function scanTime(site: Pick<PatternSite, 'source' | 'flags'>, text: string, budgetMs = 2, rounds = 5): number {
  scanAll(site, text);
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    let runs = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      scanAll(site, text);
      runs++;
      elapsed = performance.now() - started;
    } while (elapsed < budgetMs);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/** How much a global scan's time grows when the text grows `factor` times (about `factor` when linear, its square when quadratic). */
export function growth(site: Pick<PatternSite, 'source' | 'flags'>, shape: (n: number) => string, n: number, factor = 8): number {
  return scanTime(site, shape(n * factor)) / Math.max(scanTime(site, shape(n)), 1e-6);
}
