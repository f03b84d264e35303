/**
 * The live configuration: the editor's settings pulled from the client, and for each document
 * the nearest config file above it (so multi-root workspaces and nested folders each get their
 * own). A broken config or pack file keeps its last good version in force, gets a diagnostic
 * on the file itself and one notification, and is logged.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic, type InitializeParams } from 'vscode-languageserver';
import { CONFIG_FILE_NAMES, ConfigError } from '../config/config-file';
import { configFileFor, defaultConfig, loadConfig, type EffectiveConfig } from '../config/resolve';
import { PackError } from '../../../rules/pack/index';
import { combine, DEFAULT_CONFIG, readEditorSection, type DocumentConfig, type ServerConfig } from './settings';

/** A config file's state: the last version that loaded, and the error of the newest one, if it failed. */
interface FileState {
  good?: EffectiveConfig;
  error?: { file: string; line?: number; message: string };
  /** Read since the last reload or change on disk. */
  fresh: boolean;
}

/** Holds the editor's settings and each config file's compiled configuration. */
export class ConfigStore {
  /** The editor's settings. */
  current: ServerConfig = DEFAULT_CONFIG;
  /** Settles after the first {@link reload}, so that no document is linted with the defaults by mistake. */
  readonly ready: Promise<void>;
  private markReady!: () => void;
  private roots: string[] = [];
  private pull = false;
  private pushed: unknown;
  private readonly files = new Map<string, FileState>();
  /** Config files whose error is on screen as a diagnostic. */
  private readonly flagged = new Set<string>();
  /** Messages already shown, so a broken setting is reported once, not at every keystroke. */
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Pick<Connection, 'sendNotification' | 'sendDiagnostics' | 'console' | 'workspace'>) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /** Reads the workspace folders and whether the client answers workspace/configuration. */
  initialize(params: InitializeParams): void {
    this.pull = params.capabilities.workspace?.configuration === true;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? [params.rootUri ?? undefined];
    this.roots = uris.filter((uri): uri is string => uri?.startsWith('file:') === true).map((uri) => fileURLToPath(uri));
    if (this.roots.length === 0 && params.rootPath) this.roots = [params.rootPath];
  }

  /** Whether `uri` may be a config file or a pack file (a change re-reads everything). */
  isConfigFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const path = fileURLToPath(uri);
    return CONFIG_FILE_NAMES.some((name) => path.endsWith(`/${name}`) || path.endsWith(`\\${name}`)) || /\.(?:ya?ml|json)$/.test(path);
  }

  /** Re-reads the editor's settings and forgets every config file, which is read again on next use. */
  async reload(settings?: unknown): Promise<ServerConfig> {
    if (settings !== undefined) this.pushed = settings;
    const editor = readEditorSection(await this.editorSection());
    this.current = editor.config;
    if (editor.errors.length === 0) this.shown.clear();
    for (const error of editor.errors) this.showOnce(`Guidelint: ${error}. Using the default for it until it is fixed.`);
    for (const state of this.files.values()) state.fresh = false;
    this.markReady();
    return this.current;
  }

  /** The configuration of the document at `uri`. */
  forDocument(uri: string): DocumentConfig {
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : this.roots[0] !== undefined ? `${this.roots[0]}/untitled` : undefined;
    const file = path === undefined ? undefined : configFileFor(path);
    const effective = file === undefined ? defaultConfig() : this.load(file);
    const { config, errors } = combine(this.current, effective);
    for (const error of errors) this.showOnce(`Guidelint: ${error}.`);
    return config;
  }

  /** The configuration of `file`, read once per reload; on an error, the last one that loaded. */
  private load(file: string): EffectiveConfig {
    const state = this.files.get(file);
    if (state?.fresh) return state.good ?? defaultConfig();
    try {
      const good = loadConfig(file);
      this.files.set(file, { good, fresh: true });
      // The error was on the config file or on one of its packs: clear whichever it was.
      this.clearDiagnostic(file);
      if (state?.error) this.clearDiagnostic(state.error.file);
      return good;
    } catch (error) {
      if (!(error instanceof ConfigError || error instanceof PackError)) throw error;
      // A pack's error names the pack file (relative to the server's folder); a config's, the config file.
      const located = { file: error instanceof PackError ? resolve(error.file) : file, line: error.line, message: error.message };
      this.files.set(file, { good: state?.good, error: located, fresh: true });
      this.report(located);
      return state?.good ?? defaultConfig();
    }
  }

  private report(error: NonNullable<FileState['error']>): void {
    const path = error.file;
    const line = Math.max(0, (error.line ?? 1) - 1);
    const diagnostic: Diagnostic = {
      range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
      severity: DiagnosticSeverity.Error,
      source: 'guidelint',
      message: `${error.message}. Guidelint goes on with the last configuration that worked.`,
    };
    const uri = pathToFileURL(path).href;
    this.flagged.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
    this.connection.console.error(`Guidelint: ${error.message}`);
    this.showOnce(`Guidelint: ${error.message}. Linting goes on with the last configuration that worked.`);
  }

  private clearDiagnostic(configFile: string): void {
    const uri = pathToFileURL(configFile).href;
    if (!this.flagged.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async editorSection(): Promise<unknown> {
    if (!this.pull) return (this.pushed as { guidelint?: unknown } | undefined)?.guidelint;
    try {
      return await this.connection.workspace.getConfiguration('guidelint');
    } catch (error) {
      this.connection.console.warn(`Guidelint: could not read the configuration: ${(error as Error).message}`);
      return undefined;
    }
  }

  private showOnce(message: string): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    // A window/showMessage notification: connection.window.showWarningMessage would send a
    // showMessageRequest, which waits for an answer that no one needs.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}
