/**
 * guidelint-ls's own arguments, read before any connection is made: `--version` and `--help`
 * answer and exit, and a command line without a transport is a usage error (exit 2) rather
 * than the library's "Connection input stream is not set" stack trace.
 */

/** The transports vscode-languageserver reads from argv. */
const TRANSPORT = /^--(?:stdio|node-ipc|socket(?:=\d+)?|pipe(?:=.+)?)$/;

export const SERVER_USAGE = `Usage: guidelint-ls --stdio

The Guidelint language server: checks Markdown and plain-text posts against your
organisation's guidelines for any LSP client (Neovim, Helix, Emacs, VS Code).

Transports (one is required):
  --stdio                   Talk LSP over standard input and output
  --node-ipc                Node's IPC channel (VS Code's TransportKind.ipc)
  --socket=PORT             A TCP socket on 127.0.0.1
  --pipe=NAME               A named pipe or Unix socket
Other options:
  --clientProcessId=PID     Exit when that process ends
  -h, --help                Show this help
  -v, --version             Show the version`;

/** What to do with `argv` (without node and the script): serve, or print and exit with a code. */
export function serverAction(argv: readonly string[], version: string): { serve: true } | { serve: false; out: 'stdout' | 'stderr'; text: string; code: number } {
  if (argv.includes('--version') || argv.includes('-v')) return { serve: false, out: 'stdout', text: `${version}\n`, code: 0 };
  if (argv.includes('--help') || argv.includes('-h')) return { serve: false, out: 'stdout', text: `${SERVER_USAGE}\n`, code: 0 };
  // `--socket 5000` and `--pipe name` (a separate value) are the library's forms too.
  if (argv.some((a, i) => TRANSPORT.test(a) || ((a === '--socket' || a === '--pipe') && i + 1 < argv.length))) return { serve: true };
  return { serve: false, out: 'stderr', text: `guidelint-ls: no transport given (use --stdio; --help for the others)\n`, code: 2 };
}
