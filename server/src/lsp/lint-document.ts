/**
 * Lints one open document for the server: picks the format and language, refuses what is
 * not a post (huge or binary), and turns a throwing rule into one log line.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse as parseYaml } from 'yaml';
import { lint, type EngineOptions } from '../engine/lint';
import type { Finding, Format, Language } from '../engine/types';
import type { LanguageSetting, ServerConfig } from './settings';

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
  if (languageId === 'plaintext') return 'text';
  return undefined;
}

/** Lints `document`; `onRuleError` hears of each rule that throws (the rule is skipped). */
export function lintDocument(
  document: TextDocument,
  config: ServerConfig,
  onRuleError: (ruleId: string, error: unknown) => void,
  engine: Pick<EngineOptions, 'rules' | 'pack'> = {},
): LintResult | undefined {
  const format = formatOf(document.languageId);
  if (format === undefined) return undefined;
  const text = document.getText();
  const language = documentLanguage(text, format, config.language);
  const base = { uri: document.uri, version: document.version, format, language, findings: [] };
  const skipped = skipReason(text, language);
  if (skipped) return { ...base, skipped };
  const findings = lint(text, { ...engine, format, language, settings: config.settings, onRuleError });
  return { ...base, findings };
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
