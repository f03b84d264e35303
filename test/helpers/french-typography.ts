/**
 * The French typography every UI string of Guidelint follows (README, "VS Code"): a no-break
 * space (U+00A0, or the narrow U+202F) before `:` `;` `!` `?` and inside « », and « » rather
 * than ASCII double quotes. Code spans (`…`), placeholders ({0}) and URLs are left out: they
 * are quoted text, not French.
 */

const NO_BREAK = '\u00a0\u202f';

/** What is wrong with the typography of the French `text`; empty when nothing is. */
export function frenchTypographyProblems(text: string): string[] {
  const prose = text.replace(/`[^`]*`/g, '``').replace(/\{\d+\}/g, '{}').replace(/https?:\/\/\S+/g, 'URL');
  const problems: string[] = [];
  const find = (pattern: RegExp, problem: (match: RegExpExecArray) => string): void => {
    for (const match of prose.matchAll(pattern)) problems.push(`${problem(match)} at «${prose.slice(Math.max(0, match.index - 12), match.index + 3)}»`);
  };
  // A run such as `?!` needs the space before its first sign only.
  find(new RegExp(`(?<![${NO_BREAK}:;!?])[:;!?]`, 'g'), (m) => `no no-break space before \`${m[0]}\``);
  find(new RegExp(`«(?![${NO_BREAK}])`, 'g'), () => 'no no-break space after «');
  find(new RegExp(`(?<![${NO_BREAK}])»`, 'g'), () => 'no no-break space before »');
  find(/"/g, () => 'an ASCII double quote instead of « »');
  return problems;
}
