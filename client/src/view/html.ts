import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { uiLocale } from '../locale';

/**
 * The view's page. The Content-Security-Policy allows only our own stylesheet and the one
 * script carrying this page's nonce: no inline code, no remote content, no images
 * (VS Code webview guide, "Content security policy").
 */
export function guidelinesHtml(webview: vscode.Webview, viewRoot: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const style = webview.asWebviewUri(vscode.Uri.joinPath(viewRoot, 'guidelines.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(viewRoot, 'guidelines.js'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(uiLocale())}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(vscode.l10n.t('Guidelines'))}</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="muted">${escapeHtml(vscode.l10n.t('Loading the guidelines…'))}</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** `text` safe inside HTML text and attribute values: translations are data, not markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
