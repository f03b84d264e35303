/**
 * Lints one open document for the server: picks the format and language, refuses what is
 * not a post (huge or binary), and keeps one engine linter per document so that a keystroke
 * re-checks only the blocks it changed (ARCHITECTURE.md, "The path of one keystroke").
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse as parseYaml } from 'yaml';
import { DocumentLinter, type EngineOptions } from '../engine/lint';
import type { Finding, Format, Language, Settings } from '../engine/types';
import type { Pack } from '../engine/pack';
import type { DocumentConfig, LanguageSetting } from './settings';

/**
 * Above this many UTF-16 code units (≈ 2 MB) a document is skipped: no post is that long,
 * and linting it at every keystroke would stall the editor.
 */
export const MAX_DOCUMENT_LENGTH = 2 * 1024 * 1024;

/** What one lint of one document version produced. */
export interface LintResult {
  uri: string;
  version: number;
  format: Format;
  language: Language;
  findings: Finding[];
  /** Why the document was not linted, in the document's language; findings are then empty. */
  skipped?: string;
}

/** The engine's format for an LSP language id, or undefined when the server does not lint it. */
export function formatOf(languageId: string): Format | undefined {
  if (languageId === 'markdown') return 'markdown';
  // `text` is Neovim's filetype for .txt files, which it sends as the language id.
  if (languageId === 'plaintext' || languageId === 'text') return 'text';
  return undefined;
}

/** Lints successive versions of one document with fixed options. */
export interface EngineLinter {
  lint(text: string): Finding[];
}

/** One engine linter per open document, kept across versions while its options stay the same. */
export class EngineLinters {
  private readonly byUri = new Map<string, { format: Format; language: Language; pack: Pack; settings: string; linter: EngineLinter }>();

  /** @param onRuleError hears of each rule that throws (the engine skips it). */
  constructor(private readonly onRuleError: (ruleId: string, error: unknown) => void) {}

  /** The linter of `uri`; a new one when the format, the language, the pack or the settings changed. */
  get(uri: string, format: Format, language: Language, settings: Settings, pack: Pack): EngineLinter {
    const entry = this.byUri.get(uri);
    // Settings are compared by value: each lint builds them anew from the editor's and the config file's.
    const key = JSON.stringify(settings);
    if (entry && entry.format === format && entry.language === language && entry.pack === pack && entry.settings === key) return entry.linter;
    const options: EngineOptions = { pack, format, language, settings, onRuleError: this.onRuleError };
    const linter: EngineLinter = new DocumentLinter(options);
    this.byUri.set(uri, { format, language, pack, settings: key, linter });
    return linter;
  }

  /** Forgets the linter of a closed document, and its cache. */
  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** Lints `document` with its engine linter from `linters`; undefined for a language the server does not lint. */
export function lintDocument(document: TextDocument, config: DocumentConfig, linters: EngineLinters): LintResult | undefined {
  const format = formatOf(document.languageId);
  if (format === undefined) return undefined;
  const text = document.getText();
  const language = documentLanguage(text, format, config.language);
  const base = { uri: document.uri, version: document.version, format, language, findings: [] };
  const skipped = skipReason(text, language);
  if (skipped) return { ...base, skipped };
  return { ...base, findings: linters.get(document.uri, format, language, config.settings, config.pack).lint(text) };
}

/** Why `text` is not linted, or undefined. A NUL byte never occurs in a post and always in binary files. */
export function skipReason(text: string, language: Language): string | undefined {
  const fr = language === 'fr';
  if (text.length > MAX_DOCUMENT_LENGTH) {
    return fr ? 'Guidelint ne vérifie pas ce document : il dépasse 2 Mo.' : 'Guidelint skipped this document: it is larger than 2 MB.';
  }
  if (text.includes('\u0000')) {
    return fr ? 'Guidelint ne vérifie pas ce document : il semble binaire (il contient des octets NUL).' : 'Guidelint skipped this document: it looks binary (it contains NUL bytes).';
  }
  return undefined;
}

/**
 * The language to lint in: the setting when it names one, else the Markdown front matter's
 * `lang:` (or `language:`), else English. Decided here and passed to the engine, so that
 * hover and the guidelines view speak the language the findings were made in.
 */
export function documentLanguage(text: string, format: Format, setting: LanguageSetting): Language {
  if (setting !== 'auto') return setting;
  if (format !== 'markdown') return 'en';
  const lang = frontmatter(text);
  return lang === 'fr' ? 'fr' : 'en';
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function frontmatter(text: string): unknown {
  const match = FRONTMATTER.exec(text.slice(0, 64 * 1024));
  if (!match) return undefined;
  try {
    const data = parseYaml(match[1]) as Record<string, unknown> | null;
    return data?.lang ?? data?.language;
  } catch {
    // Broken front matter: the engine ignores it too.
    return undefined;
  }
}
