/** Plain text → prose: every paragraph (text between blank lines) is a block; only URLs are masked. */
import { disableRangeAfter, maskAll, maskUrls, type DisableRange, type ProseBlock, type ProseDocument } from './prose';

const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n/g;
const DISABLE_LINE = /^[ \t]*(?:<!--[ \t]*)?guidelint-disable-next-line\b[^\r\n]*/gm;

/** Splits plain `source` into paragraph blocks. A `guidelint-disable-next-line` line is masked and silences the line after it. */
export function plainTextToProse(source: string): ProseDocument {
  const disabled: DisableRange[] = [];
  const withoutComments = source.replace(DISABLE_LINE, (line: string, index: number) => {
    const range = disableRangeAfter(source, line, index + line.length);
    if (range) disabled.push(range);
    return maskAll(line);
  });
  const blocks: ProseBlock[] = [];
  let start = 0;
  const addBlock = (end: number): void => {
    const slice = withoutComments.slice(start, end);
    if (slice.trim() === '') return;
    const { text, links } = maskUrls(slice, start);
    blocks.push({ kind: 'text', start, text, quoted: false, listItem: false, links });
  };
  for (const match of withoutComments.matchAll(PARAGRAPH_BREAK)) {
    addBlock(match.index);
    start = match.index + match[0].length;
  }
  addBlock(withoutComments.length);
  return { blocks, images: [], quotes: [], disabled, frontmatter: {}, bodyStart: 0 };
}
