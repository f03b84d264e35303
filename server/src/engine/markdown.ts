/**
 * Markdown → prose: parses with remark (GFM without autolink literals, front matter) and keeps only what a reader
 * reads as text. Code, inline code, HTML, front matter, link destinations and URLs are
 * masked; image alt texts become blocks of their own so accessibility rules can see them.
 *
 * The result is kept per top-level node ("segment"), so that an edit can re-parse only the
 * segments it touches (see incremental-markdown.ts).
 */
import type { Blockquote, Nodes, Parents, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { yaml } from '../../../rules/pack/yaml';
import { remarkGfmProse } from './gfm-syntax';
import {
  disableRangeAfter, maskAll, maskUrls,
  type BlockKind, type ImageSpan, type LinkSpan, type ProseBlock, type ProseDocument, type QuoteSpan,
} from './prose';

const parser = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml', 'toml']);

/** The prose of one top-level Markdown node, in document offsets. */
export interface Segment {
  /** The mdast type of the top-level node. */
  type: string;
  start: number;
  end: number;
  blocks: ProseBlock[];
  images: ImageSpan[];
  quotes: QuoteSpan[];
  /** HTML comments, which may be disable comments: the range they silence is worked out on the whole text. */
  comments: HtmlComment[];
  /** Source of the link reference and footnote definitions in the segment, nested ones too. */
  definitions: string[];
  /** Parsed YAML, on a front matter segment only. */
  frontmatter?: Record<string, unknown>;
}

/** An HTML node's text and where it ends. */
export interface HtmlComment {
  value: string;
  end: number;
}

/** Parses Markdown `source` into prose blocks. Never throws on malformed Markdown: CommonMark has no syntax errors. */
export function markdownToProse(source: string): ProseDocument {
  return joinSegments(source, parseSegments(source, 0, source.length));
}

/**
 * Parses `source.slice(from, to)` on its own and returns its segments in document offsets.
 * `definitions` (link reference and footnote definitions from elsewhere in the document) are
 * parsed after the slice so that references inside it resolve, and are not returned.
 */
export function parseSegments(source: string, from: number, to: number, definitions = ''): Segment[] {
  const tree = parser.parse(definitions ? `${source.slice(from, to)}\n\n${definitions}` : source.slice(from, to)) as Root;
  const inSlice = tree.children.filter((node) => startOf(node) < to - from);
  return inSlice.map((node) => {
    const collector = new ProseCollector(source, from);
    collector.visitBlock(node, { quoted: false, listItem: false });
    return {
      type: node.type,
      start: from + startOf(node),
      end: from + endOf(node),
      // Alt-text blocks are found while their paragraph is being read; keep document order.
      blocks: collector.blocks.sort((a, b) => a.start - b.start),
      images: collector.images,
      quotes: collector.quotes,
      comments: collector.comments,
      definitions: collector.definitions,
      ...(collector.frontmatter ? { frontmatter: collector.frontmatter } : {}),
    };
  });
}

/** The prose document of `source` made of its `segments`, in order. */
export function joinSegments(source: string, segments: readonly Segment[]): ProseDocument {
  const front = segments.length > 0 && (segments[0].type === 'yaml' || segments[0].type === 'toml') ? segments[0] : undefined;
  return {
    blocks: segments.flatMap((s) => s.blocks),
    images: segments.flatMap((s) => s.images),
    quotes: segments.flatMap((s) => s.quotes),
    disabled: segments.flatMap((s) => s.comments).flatMap((c) => disableRangeAfter(source, c.value, c.end) ?? []),
    frontmatter: front?.frontmatter ?? {},
    bodyStart: front?.end ?? 0,
  };
}

interface Place {
  quoted: boolean;
  listItem: boolean;
}

/** On the walk's stack: record `quote` once everything inside it has been read. */
interface QuoteExit {
  quote: Blockquote;
  linkedBefore: number;
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Walks one top-level node, collecting blocks, images, quotes, disable comments and front matter. */
class ProseCollector {
  readonly blocks: ProseBlock[] = [];
  readonly images: ImageSpan[] = [];
  readonly quotes: QuoteSpan[] = [];
  readonly comments: HtmlComment[] = [];
  readonly definitions: string[] = [];
  frontmatter: Record<string, unknown> | undefined;
  /** How many blocks so far have a link: a quote links to a source when the count grew while it was read. */
  private linkedBlocks = 0;

  /** `offset` is where the parsed slice starts in `source`: node offsets are relative to it. */
  constructor(private readonly source: string, private readonly offset: number) {}

  private start(node: Nodes): number {
    return this.offset + startOf(node);
  }

  private end(node: Nodes): number {
    return this.offset + endOf(node);
  }

  /**
   * Visits `root` and the blocks inside it, in document order. The walk keeps its own stack:
   * Markdown nests without limit (1,700 list markers or 6,000 `>` on one line are a few KB),
   * and a recursive walk overflowed the call stack on them.
   */
  visitBlock(root: RootContent, rootPlace: Place): void {
    const stack: Array<{ node: RootContent; place: Place } | QuoteExit> = [{ node: root, place: rootPlace }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if ('quote' in item) {
        const { quote, linkedBefore } = item;
        this.quotes.push({ start: this.start(quote), end: this.end(quote), linked: this.linkedBlocks > linkedBefore });
        continue;
      }
      const { node, place } = item;
      const pushChildren = (parent: Parents, childPlace: Place): void => {
        for (let i = parent.children.length - 1; i >= 0; i--) stack.push({ node: parent.children[i] as RootContent, place: childPlace });
      };
      switch (node.type) {
        case 'paragraph':
          this.addBlock('paragraph', node, place);
          break;
        case 'heading':
          this.addBlock('heading', node, place);
          break;
        case 'tableCell':
          this.addBlock('table-cell', node, place);
          break;
        case 'blockquote':
          // The quote is recorded once its content has been read: whether a block inside it links.
          stack.push({ quote: node, linkedBefore: this.linkedBlocks });
          pushChildren(node, { ...place, quoted: true });
          break;
        case 'listItem':
          pushChildren(node, { ...place, listItem: true });
          break;
        case 'yaml':
          this.readFrontmatter(node.value);
          break;
        case 'html':
          this.comments.push({ value: node.value, end: this.end(node) });
          break;
        case 'definition':
          this.definitions.push(this.source.slice(this.start(node), this.end(node)));
          break;
        case 'footnoteDefinition':
          // Its prose is linted like any other; its source resolves references in re-parsed windows.
          this.definitions.push(this.source.slice(this.start(node), this.end(node)));
          pushChildren(node, place);
          break;
        default:
          // Lists, tables, rows and footnote definitions hold prose further down; code,
          // definitions, thematic breaks and TOML front matter hold none.
          if ('children' in node) pushChildren(node as Parents, place);
      }
    }
  }

  private readFrontmatter(value: string): void {
    this.frontmatter = {};
    try {
      const data: unknown = yaml().parse(value);
      if (data && typeof data === 'object' && !Array.isArray(data)) this.frontmatter = data as Record<string, unknown>;
    } catch {
      // Broken front matter is the author's business, not a guideline finding.
    }
  }

  private addBlock(kind: BlockKind, node: Parents, place: Place): void {
    const start = this.start(node);
    const chars = maskAll(this.source.slice(start, this.end(node))).split('');
    const links: LinkSpan[] = [];
    this.copyInline(node, start, chars, links);
    const { text, links: bare } = maskUrls(chars.join(''), start);
    this.pushBlock({ kind, start, text, ...place, links: links.concat(bare).sort((a, b) => a.start - b.start) });
  }

  private pushBlock(block: ProseBlock): void {
    this.blocks.push(block);
    if (block.links.length > 0) this.linkedBlocks++;
  }

  /**
   * Copies the prose of `node`'s inline descendants into `chars` (which starts at document
   * offset `at`), in document order, with a stack of its own: emphasis and links nest without limit.
   */
  private copyInline(node: Parents, at: number, chars: string[], links: LinkSpan[]): void {
    const stack: Nodes[] = [];
    const pushChildren = (parent: Parents): void => {
      for (let i = parent.children.length - 1; i >= 0; i--) stack.push(parent.children[i]);
    };
    pushChildren(node);
    while (stack.length > 0) {
      const child = stack.pop()!;
      switch (child.type) {
        case 'text':
          for (let i = this.start(child); i < this.end(child); i++) chars[i - at] = this.source[i];
          break;
        case 'link': {
          const autolink = child.children.length === 1 && child.children[0].type === 'text' && isAutolinkText(child.children[0].value, child.url);
          // GFM autolink literals split out of a longer text can come without a position.
          if (child.position) links.push({ start: this.start(child), end: this.end(child), url: child.url });
          // A bare e-mail address is prose (it is personal data), a bare web address is not.
          if (!autolink || child.url.startsWith('mailto:')) pushChildren(child);
          break;
        }
        case 'image':
          this.addImage(child.alt ?? '', child.url, this.start(child), this.end(child));
          break;
        case 'imageReference':
          this.addImage(child.alt ?? '', '', this.start(child), this.end(child));
          break;
        case 'html':
          this.comments.push({ value: child.value, end: this.end(child) });
          break;
        default:
          if ('children' in child) pushChildren(child as Parents);
      }
    }
  }

  private addImage(alt: string, url: string, start: number, end: number): void {
    this.images.push({ start, end, alt, url });
    const altEnd = closingBracket(this.source, start + 2, end);
    if (alt.trim() === '' || altEnd === -1) return;
    const { text, links } = maskUrls(this.source.slice(start + 2, altEnd), start + 2);
    this.pushBlock({ kind: 'alt', start: start + 2, text, quoted: false, listItem: false, links });
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
