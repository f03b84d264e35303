/**
 * `--fix` on disk, byte for byte (issue 12, item 2): a file that is not valid UTF-8 is never
 * rewritten (decoding it would turn every byte it cannot read into U+FFFD), inserted line
 * breaks follow the file's own line endings, a byte order mark stays, and the new content
 * replaces the old in one rename, so an interrupted run never leaves half a file.
 */
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { Finding } from '../engine/types';

/** Why `bytes` must not be rewritten by `--fix`, or undefined when it may. */
export function unfixableReason(bytes: Uint8Array): string | undefined {
  if (isUtf8(bytes)) return undefined;
  return 'not fixed: the file is not valid UTF-8 (Latin-1 or CESU-8, say), and rewriting it would replace the characters Guidelint cannot read; convert it to UTF-8 first';
}

/** The line ending most of `text`'s lines end with: `\r\n` or `\n` (also for a text with no line break). */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** `findings` with the line breaks their fixes insert written as `eol`, so a CRLF file stays CRLF. */
export function withLineEnding(findings: readonly Finding[], eol: '\r\n' | '\n'): Finding[] {
  if (eol === '\n') return [...findings];
  return findings.map((finding) => ({
    ...finding,
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, eol) })) })),
  }));
}

let sequence = 0;

/**
 * Replaces the content of `path` with `text` (UTF-8) atomically: written and flushed to a
 * temporary file beside it with the file's permissions (and owner, where the user may set
 * it), then renamed over it. A symbolic link is followed, so the link stays a link. On failure
 * the temporary file is removed and the original is untouched. (write-file-atomic does the same;
 * it is not among our dependencies, and this is all of it that the CLI needs.)
 */
export function writeFileAtomic(path: string, text: string): void {
  const target = realpathSync(path);
  const { mode, uid, gid } = statSync(target);
  const temporary = join(dirname(target), `.${basename(target)}.guidelint-${process.pid}-${sequence++}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o600);
    fchmodSync(fd, mode & 0o7777);
    try {
      fchownSync(fd, uid, gid);
    } catch {
      // Only root may give a file to another user: it stays the writer's, as any new file.
    }
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
}
