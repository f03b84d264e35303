/** The line of a key in a parsed YAML or JSON file, for errors that name file, line and key. */
import type { Document, LineCounter } from 'yaml';
import type { KeyPath } from './errors';

interface Node {
  range?: number[];
  items?: { key?: { value?: unknown; range?: number[] } }[];
}

/** The 1-based line of `path` in `document` (of its key, for a mapping entry), or of its nearest ancestor that exists. */
export function keyLine(document: Document, lines: LineCounter, path: KeyPath): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const parent = length > 0 ? (document.getIn(path.slice(0, length - 1), true) as Node | undefined) : undefined;
    const key = parent?.items?.find((item) => item.key?.value === path[length - 1])?.key;
    const node = key ?? (document.getIn(path.slice(0, length), true) as Node | undefined);
    if (node?.range?.[0] !== undefined) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}
