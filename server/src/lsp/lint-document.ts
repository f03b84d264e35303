/**
 * Lints one open document for the server: picks the format, passes the language setting,
 * refuses what is not a post (huge or binary), and keeps one engine linter per document so
 * that a keystroke re-checks only the blocks it changed (ARCHITECTURE.md, "The path of one
 * keystroke"). The engine decides the language (front matter, setting, detection) and says
 * which it used, so that hover and the guidelines view speak it.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { yaml } from '../../../rules/pack/yaml';
import { DocumentLinter, type EngineOptions } from '../engine/lint';
import { LanguageError, packLanguage } from '../engine/language-tags';
import type { Finding, Format, Language, LintOutcome, OverBudgetRule, Settings, UncheckedBlock } from '../engine/types';
import { LANGUAGES, type Pack } from '../engine/pack';
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
  /** The language it was linted in. */
  language: Language;
  findings: Finding[];
  /** Why the document was not linted, in the document's language; findings are then empty. */
  skipped?: string;
  /** What stops the document from being linted, located in it (a front-matter language the pack lacks); findings are then empty. */
  error?: { message: string; start: number; end: number };
  /** Blocks the engine could not check (an internal error); the rest of the document was. */
  unchecked?: UncheckedBlock[];
  /** The internal error that stopped the whole lint (`Error: message`); findings are then empty. */
  failed?: string;
  /** Rules skipped on this version for running over their time budget. */
  overBudget?: OverBudgetRule[];
  /** Why this Markdown document was linted as plain text, when it was. */
  plainText?: string;
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
  check(text: string): LintOutcome;
  /** The same, giving the event loop a turn now and then; undefined once `cancelled()` (a newer version) stops it. */
  checkAsync(text: string, cancelled: () => boolean): Promise<LintOutcome | undefined>;
}

/** One engine linter per open document, kept across versions while its options stay the same. */
export class EngineLinters {
  private readonly byUri = new Map<string, { format: Format; language: Language | undefined; pack: Pack; settings: string; linter: EngineLinter }>();

  /** @param onRuleError hears of each rule that throws (the engine skips it). */
  constructor(private readonly onRuleError: (ruleId: string, error: unknown) => void) {}

  /** The linter of `uri`; a new one when the format, the language setting (undefined: none), the pack or the settings changed. */
  get(uri: string, format: Format, language: Language | undefined, settings: Settings, pack: Pack): EngineLinter {
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

  /** How many documents have a linter. */
  get size(): number {
    return this.byUri.size;
  }
}

/** Lints `document` with its engine linter from `linters`; undefined for a language the server does not lint. */
export function lintDocument(document: TextDocument, config: DocumentConfig, linters: EngineLinters): LintResult | undefined {
  const prepared = prepare(document, config, linters);
  if (prepared === undefined || 'result' in prepared) return prepared?.result;
  return prepared.finish(() => prepared.linter.check(prepared.text));
}

/**
 * {@link lintDocument} for the server's lint loop: a long lint gives the event loop a turn
 * between blocks, so that hover, code actions and newer versions are served meanwhile, and
 * stops (resolving to `'cancelled'`) once `cancelled()` says a newer version superseded it.
 */
export async function lintDocumentAsync(document: TextDocument, config: DocumentConfig, linters: EngineLinters, cancelled: () => boolean): Promise<LintResult | undefined | 'cancelled'> {
  const prepared = prepare(document, config, linters);
  if (prepared === undefined || 'result' in prepared) return prepared?.result;
  let outcome: LintOutcome | undefined;
  try {
    outcome = await prepared.linter.checkAsync(prepared.text, cancelled);
  } catch (error) {
    return prepared.finish(() => {
      throw error;
    });
  }
  return outcome === undefined ? 'cancelled' : prepared.finish(() => outcome);
}

type Prepared =
  | { result: LintResult | undefined }
  | { text: string; linter: EngineLinter; finish: (check: () => LintOutcome) => LintResult };

function prepare(document: TextDocument, config: DocumentConfig, linters: EngineLinters): Prepared | undefined {
  const format = formatOf(document.languageId);
  if (format === undefined) return undefined;
  const text = document.getText();
  const base = { uri: document.uri, version: document.version, format, findings: [] };
  const declared = documentLanguage(text, format, config.language, config.pack.languages);
  const skipped = skipReason(text, declared);
  if (skipped) return { result: { ...base, language: declared, skipped } };
  const setting = config.language === 'auto' ? undefined : config.language;
  const linter = linters.get(document.uri, format, setting, config.settings, config.pack);
  const finish = (check: () => LintOutcome): LintResult => {
    try {
      return { ...base, ...check() };
    } catch (error) {
      if (!(error instanceof LanguageError)) throw error;
      return { ...base, language: declared, error: { message: error.message, start: error.start, end: error.end } };
    }
  };
  return { text, linter, finish };
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
 * The language a document declares, without detection, for the few words said about a
 * document that is not linted: the Markdown front matter's `lang:` (or `language:`) when the
 * pack has it, else the setting, else the pack's first language. A linted document's language
 * is the engine's ({@link LintResult.language}).
 */
export function documentLanguage(text: string, format: Format, setting: LanguageSetting, languages: readonly Language[] = LANGUAGES): Language {
  const declared = format === 'markdown' ? packLanguage(frontmatter(text), languages) : undefined;
  return declared ?? (setting !== 'auto' && languages.includes(setting) ? setting : languages[0]);
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function frontmatter(text: string): unknown {
  const match = FRONTMATTER.exec(text.slice(0, 64 * 1024));
  if (!match) return undefined;
  try {
    const data = yaml().parse(match[1]) as Record<string, unknown> | null;
    return data?.lang ?? data?.language;
  } catch {
    // Broken front matter: the engine ignores it too.
    return undefined;
  }
}
