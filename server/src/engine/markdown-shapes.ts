/**
 * Markdown shapes the parser (micromark 4) takes quadratic time on, found by one linear pre-scan
 * of the source, so that such a document is linted as plain text instead of stalling the editor
 * for seconds (issue 12; the upstream report is test/reliability/upstream/micromark-quadratic.md):
 *
 * - **Emphasis delimiters** (micromark-core-commonmark `attention`, resolveAllAttention): each
 *   closing run is matched against the earlier runs of its paragraph one pair of characters at a
 *   time, splicing the event list each time, so a long run (`*`×6,000 `x` `*`×6,000: 7 s) or many
 *   runs in one paragraph (`a* `×8,000: 3 s) cost the square of their size.
 * - **Containers that close** (micromark `initialize/document.js`, writeToChild and
 *   documentContinue): each block quote, list item or footnote definition closed by a line that
 *   does not continue it moves the document's whole event list through an EditMap, so the cost
 *   is the number of such closings times the document's length (`> q` and a blank line ×4,000,
 *   20 KB: 14 s; 2,000 footnotes each after its paragraph: 8 s).
 *
 * The limits are well above what real posts reach (the 150 corpus posts, the fixtures and the
 * examples: no run over 3 characters, at most 102 runs in a paragraph, a closing cost of at most
 * 1,442,250, a tenth of the limit) and low enough that the quadratic part of a document under
 * them costs a fraction of a second.
 */

/** The longest run of `*` or `_` kept as Markdown. */
export const MAX_DELIMITER_RUN = 200;
/** The most runs of `*` or `_` in one paragraph kept as Markdown. */
export const MAX_DELIMITER_RUNS = 500;
/** The most container closings × document length (in UTF-16 units) kept as Markdown. */
export const MAX_CLOSING_COST = 15_000_000;

/** Counts the pre-scan's steps, for tests that check it is linear without timing it. */
export const shapeScanWork = { steps: 0 };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,999}\]:/;
const HEADING_OR_BREAK = /^(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)/;

/**
 * Why `source` should not be parsed as Markdown (one sentence, for the info diagnostic), or
 * undefined when it can be. Linear in the length of `source`.
 */
export function slowMarkdownShape(source: string): string | undefined {
  let closings = 0;
  let quoteDepth = 0;
  // Content columns of the open list items and footnote definitions, innermost last.
  const open: number[] = [];
  let runsInParagraph = 0;
  let fence: string | undefined;
  let lineStart = 0;
  // The empty line after a final line break closes nothing: containers end with the document.
  while (lineStart < source.length || (lineStart === 0 && source.length === 0)) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
    shapeScanWork.steps += line.length + 1;
    lineStart = lineEnd + 1;

    // Block quote markers, then indentation.
    let at = 0;
    let depth = 0;
    for (;;) {
      let i = at;
      while (i < line.length && i - at < 3 && line[i] === ' ') i++;
      if (line[i] !== '>') break;
      depth++;
      at = i + 1;
      if (line[at] === ' ') at++;
    }
    const rest = line.slice(at);
    const indent = rest.length - rest.trimStart().length;
    const content = rest.trimStart();
    const blank = content === '';

    if (fence !== undefined) {
      if (content.startsWith(fence)) fence = undefined;
      continue;
    }
    // One EditMap pass per line that closes something, however many containers it closes.
    let closes = depth < quoteDepth;
    quoteDepth = depth;
    if (blank) {
      if (closes) closings++;
      runsInParagraph = 0;
      continue;
    }
    // List items and footnote definitions this line is not indented into are closed.
    const marker = LIST_MARKER.exec(content);
    const footnote = FOOTNOTE_DEFINITION.exec(content);
    let popped = 0;
    while (open.length > 0 && indent < open[open.length - 1]) {
      open.pop();
      popped++;
    }
    // A sibling item replaces the one it closes (no lazy closing); any other closing is one.
    if (marker || footnote ? popped > 1 : popped > 0) closes = true;
    if (closes) closings++;
    if (marker) open.push(indent + marker[0].length + (marker[0].trimEnd() === marker[0] ? 1 : 0));
    else if (footnote) open.push(indent + 4);
    const fenceStart = FENCE.exec(content);
    if (fenceStart) {
      fence = fenceStart[1];
      runsInParagraph = 0;
      continue;
    }
    if (marker || footnote || HEADING_OR_BREAK.test(content)) runsInParagraph = 0;

    // Runs of emphasis delimiters.
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c !== 42 && c !== 95) continue;
      let j = i + 1;
      while (j < line.length && line.charCodeAt(j) === c) j++;
      shapeScanWork.steps += j - i;
      if (j - i > MAX_DELIMITER_RUN) return `it has a run of ${j - i} \`${line[i]}\` (more than ${MAX_DELIMITER_RUN})`;
      if (++runsInParagraph > MAX_DELIMITER_RUNS) return `a paragraph has more than ${MAX_DELIMITER_RUNS} runs of \`*\` or \`_\``;
      i = j - 1;
    }
  }
  if (closings * source.length > MAX_CLOSING_COST) {
    return `it closes ${closings} block quotes, list items or footnotes in ${source.length} characters`;
  }
  return undefined;
}
