/**
 * The GitHub Flavored Markdown that prose extraction needs: tables, footnotes, strikethrough
 * and task lists, without GFM's autolink literals. Bare URLs and `www.` links are masked in
 * the text afterwards by `maskUrls` (prose.ts), which gives the same masked text and link
 * spans; the literal extension tried a URL or an e-mail address at every `w`, `h`, `@` and
 * word boundary and cost a quarter of the whole Markdown parse on the corpus.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/** A unified plugin, like remark-gfm but without autolink literals. */
export function remarkGfmProse(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
