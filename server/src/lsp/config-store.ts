/** The live configuration: pulled from the client, re-read on change, errors shown once. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection, type InitializeParams } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config/config-file';
import type { KnownIds } from '../config/settings';
import { combine, DEFAULT_CONFIG, readEditorSection, readWorkspaceFile, type ServerConfig } from './settings';

/** Holds the current {@link ServerConfig} and refreshes it from the client and `.guidelint.yml`. */
export class ConfigStore {
  current: ServerConfig = DEFAULT_CONFIG;
  /** Settles after the first {@link reload}, so that no document is linted with the defaults by mistake. */
  readonly ready: Promise<void>;
  private markReady!: () => void;
  private root: string | undefined;
  private pull = false;
  private pushed: unknown;
  /** Messages already shown, so a broken setting is reported once, not at every keystroke. */
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection, private readonly known: KnownIds) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /** Reads the workspace root and whether the client answers workspace/configuration. */
  initialize(params: InitializeParams): void {
    this.pull = params.capabilities.workspace?.configuration === true;
    const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    // One root: `.guidelint.yml` is looked up in the first workspace folder only (documented in the README).
    this.root = uri?.startsWith('file:') ? fileURLToPath(uri) : params.rootPath ?? undefined;
  }

  /** Whether `uri` is the workspace's `.guidelint.yml`. */
  isConfigFile(uri: string): boolean {
    return uri.startsWith('file:') && this.root !== undefined && fileURLToPath(uri) === join(this.root, CONFIG_FILE_NAME);
  }

  /** Re-reads everything; `settings` is the didChangeConfiguration payload, for clients that push. */
  async reload(settings?: unknown): Promise<ServerConfig> {
    if (settings !== undefined) this.pushed = settings;
    const editor = readEditorSection(await this.editorSection(), this.known);
    const { config, errors } = combine(editor, readWorkspaceFile(this.root, this.known));
    this.current = config;
    if (errors.length === 0) this.shown.clear();
    for (const error of errors) this.showOnce(`Guidelint: ${error}. Using the default for it until it is fixed.`);
    this.markReady();
    return config;
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
