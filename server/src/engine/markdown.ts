/**
 * Markdown → prose: parses with remark (GFM, front matter) and keeps only what a reader
 * reads as text. Code, inline code, HTML, front matter, link destinations and URLs are
 * masked; image alt texts become blocks of their own so accessibility rules can see them.
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import {
  disableRangeAfter, maskAll, maskUrls,
  type BlockKind, type DisableRange, type ImageSpan, type LinkSpan, type ProseBlock, type ProseDocument, type QuoteSpan,
} from './prose';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown `source` into prose blocks. Never throws on malformed Markdown: CommonMark has no syntax errors. */
export function markdownToProse(source: string): ProseDocument {
  const tree = parser.parse(source) as Root;
  const collector = new ProseCollector(source);
  collector.visitChildren(tree, { quoted: false, listItem: false });
  return {
    // Alt-text blocks are found while their paragraph is being read; keep document order.
    blocks: collector.blocks.sort((a, b) => a.start - b.start),
    images: collector.images,
    quotes: collector.quotes,
    disabled: collector.disabled,
    frontmatter: collector.frontmatter,
    bodyStart: collector.bodyStart,
  };
}

interface Place {
  quoted: boolean;
  listItem: boolean;
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Walks the tree once, collecting blocks, images, quotes, disable comments and front matter. */
class ProseCollector {
  readonly blocks: ProseBlock[] = [];
  readonly images: ImageSpan[] = [];
  readonly quotes: QuoteSpan[] = [];
  readonly disabled: DisableRange[] = [];
  frontmatter: Record<string, unknown> = {};
  bodyStart = 0;

  constructor(private readonly source: string) {}

  visitChildren(parent: Parents, place: Place): void {
    for (const child of parent.children) this.visitBlock(child, place);
  }

  private visitBlock(node: RootContent, place: Place): void {
    switch (node.type) {
      case 'paragraph':
        this.addBlock('paragraph', node, place);
        return;
      case 'heading':
        this.addBlock('heading', node, place);
        return;
      case 'tableCell':
        this.addBlock('table-cell', node, place);
        return;
      case 'blockquote': {
        const first = this.blocks.length;
        this.visitChildren(node, { ...place, quoted: true });
        this.quotes.push({ start: startOf(node), end: endOf(node), linked: this.blocks.slice(first).some((b) => b.links.length > 0) });
        return;
      }
      case 'listItem':
        this.visitChildren(node, { ...place, listItem: true });
        return;
      case 'yaml':
        this.readFrontmatter(node.value, endOf(node));
        return;
      case 'html':
        this.readComment(node.value, endOf(node));
        return;
      default:
        // TOML front matter sets no option but is not prose either.
        if ((node.type as string) === 'toml') this.bodyStart = endOf(node);
        // Lists, tables, rows and footnote definitions hold prose further down; code,
        // definitions and thematic breaks hold none.
        else if ('children' in node) this.visitChildren(node as Parents, place);
    }
  }

  private readFrontmatter(value: string, end: number): void {
    this.bodyStart = end;
    try {
      const data: unknown = parseYaml(value);
      if (data && typeof data === 'object' && !Array.isArray(data)) this.frontmatter = data as Record<string, unknown>;
    } catch {
      // Broken front matter is the author's business, not a guideline finding.
    }
  }

  private readComment(value: string, end: number): void {
    const range = disableRangeAfter(this.source, value, end);
    if (range) this.disabled.push(range);
  }

  private addBlock(kind: BlockKind, node: Parents, place: Place): void {
    const start = startOf(node);
    const end = endOf(node);
    const chars = maskAll(this.source.slice(start, end)).split('');
    const links: LinkSpan[] = [];
    this.copyInline(node, start, chars, links);
    const { text, links: bare } = maskUrls(chars.join(''), start);
    this.blocks.push({ kind, start, text, ...place, links: links.concat(bare).sort((a, b) => a.start - b.start) });
  }

  /** Copies the prose of `node`'s inline descendants into `chars` (which starts at `offset`). */
  private copyInline(node: Parents, offset: number, chars: string[], links: LinkSpan[]): void {
    for (const child of node.children) {
      switch (child.type) {
        case 'text':
          this.copySource(child, offset, chars);
          break;
        case 'break':
          break;
        case 'link': {
          const autolink = child.children.length === 1 && child.children[0].type === 'text' && isAutolinkText(child.children[0].value, child.url);
          // A bare e-mail address is prose (it is personal data), a bare web address is not.
          if (!autolink || child.url.startsWith('mailto:')) this.copyInline(child, offset, chars, links);
          links.push({ start: startOf(child), end: endOf(child), url: child.url });
          break;
        }
        case 'image':
          this.addImage(child.alt ?? '', child.url, startOf(child), endOf(child));
          break;
        case 'imageReference':
          this.addImage(child.alt ?? '', '', startOf(child), endOf(child));
          break;
        case 'html':
          this.readComment(child.value, endOf(child));
          break;
        default:
          if ('children' in child) this.copyInline(child as Parents, offset, chars, links);
      }
    }
  }

  private copySource(node: Nodes, offset: number, chars: string[]): void {
    for (let i = startOf(node); i < endOf(node); i++) chars[i - offset] = this.source[i];
  }

  private addImage(alt: string, url: string, start: number, end: number): void {
    this.images.push({ start, end, alt, url });
    const altEnd = closingBracket(this.source, start + 2, end);
    if (alt.trim() === '' || altEnd === -1) return;
    const { text, links } = maskUrls(this.source.slice(start + 2, altEnd), start + 2);
    this.blocks.push({ kind: 'alt', start: start + 2, text, quoted: false, listItem: false, links });
  }
}

/** GFM and `<…>` autolinks show their destination as their text. */
function isAutolinkText(text: string, url: string): boolean {
  return url === text || url === `mailto:${text}` || url === `http://${text}`;
}

/** The index of the `]` that closes an image's alt text, or -1. */
function closingBracket(source: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

