/**
 * French typography for the words a pack shows (messages, guideline titles and texts): the
 * space an author types before `: ; ! ?` and `»`, and after `«`, becomes a no-break space.
 * Packs are written by communications teams in YAML, where a U+00A0 is invisible and easy to
 * lose; the loader puts it back so that a French squiggle never wraps before its colon. Code
 * spans (`{actual}`, `` `!` ``) are left as written: they quote text, they are not French.
 */

/** `text` with French no-break spaces; text inside backticks is unchanged. */
export function frenchSpacing(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0')))
    .join('');
}
