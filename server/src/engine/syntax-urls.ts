/**
 * URL-like tokens (`example.com`, `index.html`, `https://example.org/a`) as nlcst source
 * nodes, not words: a sentence extension of the retext parser.
 *
 * Adapted from retext-syntax-urls 4.0.0 (MIT, © 2016 Titus Wormer), whose `mergeLinks`
 * has two bugs that we report upstream with these reproducers:
 * - `:/b.c` at the start of a sentence throws (`parent.children[start - 2]` is read when the
 *   colon is the sentence's first node): one such token made the whole document fail;
 * - a word, a full stop and a symbol or closing bracket with no space (`unknown.*`, `end.)`)
 *   became a source node `unknown.`: after the trailing symbol is dropped no TLD is left, but
 *   only a TLD of exactly one character was refused, so the sentence lost its last word.
 * Both are fixed here; everything else behaves as upstream's (same merges, same positions).
 */
import type { Sentence, SentenceContent, Source } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Processor } from 'unified';

const SLASHES = /^\/{1,3}$/;

/** The plugin: `unified().use(retextEnglish).use(syntaxUrls)`. */
export function syntaxUrls(this: Processor): void {
  const data = this.data() as { nlcstSentenceExtensions?: Array<(sentence: Sentence) => void> };
  (data.nlcstSentenceExtensions ??= []).push(mergeUrlsOf);
}

/** Merges the URL-like runs of `sentence` into source nodes, in place. */
export function mergeUrlsOf(sentence: Sentence): void {
  const children = sentence.children;
  // The length changes as runs merge; each merge says where to go on.
  for (let index = 0; index < children.length; ) {
    const next = mergeAt(children, index);
    index = next === undefined ? index + 1 : Math.max(0, next);
  }
}

const isPunctuation = (node: SentenceContent | undefined): boolean => node?.type === 'PunctuationNode' || node?.type === 'SymbolNode';
const isWordish = (node: SentenceContent | undefined): boolean => node?.type === 'WordNode' || isPunctuation(node);

/** Merges the URL around the full stop or colon at `index`, if there is one; returns the index to go on from. */
function mergeAt(children: SentenceContent[], index: number): number | undefined {
  const child = children[index];
  if (!isPunctuation(child)) return undefined;
  const punctuation = toString(child);
  if (punctuation !== '.' && punctuation !== ':') return undefined;

  // Preceding words and punctuation: stop before slashes, break after `www`.
  let start = index;
  let end = index;
  while (start > 0) {
    const previous = children[start - 1];
    if (!isWordish(previous) || (isPunctuation(previous) && SLASHES.test(toString(previous)))) break;
    start--;
    if (previous.type === 'WordNode' && toString(previous) === 'www') break;
  }
  // A colon is a URL's only in `localhost:`.
  if (punctuation === ':' && toString(children.slice(start, index + 1)) !== 'localhost:') return undefined;

  // Following words and punctuation.
  while (isWordish(children[end + 1])) end++;
  // Not preceded, or not followed, by a word or punctuation: a full stop, not a URL.
  if (index === start || index === end) return undefined;

  // One to three slashes, then a protocol and its colon (`https://`).
  if (isPunctuation(children[start - 1]) && SLASHES.test(toString(children[start - 1]))) start--;
  if (start >= 2 && isPunctuation(children[start - 1]) && toString(children[start - 1]) === ':' && children[start - 2].type === 'WordNode') start -= 2;

  // Drop the last node if it is punctuation, unless it is `/`, or a `)` that closes a `(` of the URL.
  let last = '';
  if (isPunctuation(children[end])) {
    last = toString(children[end]);
    if (last === ')') {
      const text = toString(children.slice(start, end + 1));
      if (count(text, '(') < count(text, ')')) end--;
    } else if (last !== '/') end--;
  }

  // A TLD of fewer than two characters (none at all once the trailing symbol is dropped): not a URL.
  if (toString(children.slice(index + 1, end + 1)).length < 2) return undefined;

  const nodes = children.slice(start, end + 1);
  const replacement: Source = { type: 'SourceNode', value: toString(nodes) };
  const initial = nodes[0].position?.start;
  const final = nodes[nodes.length - 1].position?.end;
  if (initial && final) replacement.position = { start: initial, end: final };
  children.splice(start, end - start + 1, replacement);
  // The full stop that followed is not part of the URL.
  return last === '.' ? index + 2 : index + 1;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
