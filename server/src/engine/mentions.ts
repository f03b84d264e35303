/**
 * @mentions as source nodes (`@jane`, `@org/team`): what retext-syntax-mentions does with its
 * GitHub style, in one pass per parent. The plugin splices each mention into its parent's
 * children as it finds it, and each splice moves every node after it: a sentence with
 * thousands of `@` (`a@a@a…`, a list of handles) took time that grows with the square of its
 * length (issue 12). Here each parent's children are copied once, mentions merged on the way;
 * which nodes merge, and into what, is the plugin's rule, unchanged.
 */
import type { Root as NlcstRoot } from 'nlcst';
import { toString } from 'nlcst-to-string';

/** An nlcst node as this pass reads it. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: Point; end: Point };
}
interface Point {
  line: number;
  column: number;
  offset?: number;
}

const GENITIVE = /['’]s?$/i;
const GITHUB = /^@(?:[a-z\d]{1,2}|[a-z\d][a-z\d-]{1,37}[a-z\d])(\/(?:[a-z\d]{1,2}|[a-z\d][a-z\d-]{1,37}[a-z\d]))?$/i;

const isMention = (nodes: readonly Node[]): boolean => GITHUB.test(toString(nodes as never).replace(GENITIVE, ''));

/** Merges the @mentions of `tree` into source nodes, in place. */
export function mergeMentions(tree: NlcstRoot): void {
  mergeIn(tree as unknown as Node);
}

function mergeIn(parent: Node): void {
  const siblings = parent.children;
  if (!siblings) return;
  let merged: Node[] | undefined;
  for (let index = 0; index < siblings.length; index++) {
    const node = siblings[index];
    if (node.type === 'SymbolNode' && node.value === '@') {
      // As the plugin: extend over the following nodes up to white space while the text still reads as a mention (a `/` always extends).
      let offset = index + 1;
      while (offset < siblings.length) {
        const sibling = siblings[offset];
        if (sibling.type === 'WhiteSpaceNode') break;
        if (toString(sibling as never) !== '/' && !isMention(siblings.slice(index, offset + 1))) break;
        offset++;
      }
      const slice = siblings.slice(index, offset);
      if (isMention(slice)) {
        merged ??= siblings.slice(0, index);
        const start = node.position?.start;
        const end = slice[slice.length - 1].position?.end;
        merged.push({ type: 'SourceNode', value: toString(slice as never), ...(start && end ? { position: { start: { ...start }, end: { ...end } } } : {}) });
        index = offset - 1;
        continue;
      }
    }
    mergeIn(node);
    merged?.push(node);
  }
  if (merged) parent.children = merged;
}
