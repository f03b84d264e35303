/// <reference lib="dom" />
/**
 * The guidelines view's page script (runs in the webview, bundled for the browser). It builds
 * the DOM from the extension's model with textContent only, never innerHTML, so that no post
 * text can inject markup; it posts back reveal requests and what it rendered.
 */
import type { GuidelinesModel, HostMessage, PageMessage, RelevantFinding, RelevantGuideline, WireRange } from './model';

declare function acquireVsCodeApi(): { postMessage(message: PageMessage): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  if (event.data?.type === 'model') render(event.data.model);
});
vscode.postMessage({ type: 'ready' });

function render(model: GuidelinesModel): void {
  const findings = model.guidelines.reduce((sum, g) => sum + g.findings.length, 0);
  const children: Node[] = [header(model, findings)];
  if (model.error !== undefined) children.push(el('p', 'notice', model.error));
  else if (model.skipped !== undefined) children.push(el('p', 'notice', model.skipped));
  else if (model.guidelines.length === 0) children.push(el('p', 'muted', 'No guideline applies to this text yet.'));
  for (const guideline of model.guidelines) children.push(guidelineSection(model.uri, guideline));
  if (model.advice.length > 0) children.push(adviceSection(model.advice));
  root.replaceChildren(...children);
  vscode.postMessage({ type: 'rendered', uri: model.uri, version: model.version, guidelineIds: model.guidelines.map((g) => g.id), findings });
}

function header(model: GuidelinesModel, findings: number): HTMLElement {
  const head = el('header');
  head.append(el('h1', undefined, `Guidelines for ${model.fileName}`));
  const count = model.guidelines.length;
  head.append(el('p', 'muted', `${count} ${count === 1 ? 'guideline applies' : 'guidelines apply'} · ${findings} ${findings === 1 ? 'finding' : 'findings'}`));
  return head;
}

function guidelineSection(uri: string, guideline: RelevantGuideline): HTMLElement {
  const section = el('section', 'guideline');
  section.id = `guideline-${guideline.id}`;
  section.setAttribute('aria-labelledby', `${section.id}-title`);
  const title = el('h2', undefined, guideline.title);
  title.id = `${section.id}-title`;
  title.append(' ', el('span', 'badge', guideline.id));
  section.append(title, el('p', 'text', guideline.text));

  const reasons = el('ul', 'reasons');
  reasons.setAttribute('aria-label', 'Why it applies');
  for (const reason of guideline.reasons) {
    const item = el('li');
    item.append(reason.range ? revealButton(uri, reason.range, [withCode(reason.text)]) : withCode(reason.text));
    reasons.append(item);
  }
  section.append(el('h3', undefined, 'Why it applies'), reasons);

  if (guideline.findings.length > 0) {
    const list = el('ol', 'findings');
    list.setAttribute('aria-label', `Findings for ${guideline.title}`);
    for (const finding of guideline.findings) list.append(findingItem(uri, finding));
    section.append(list);
  }
  const source = el('a', 'source', 'Read the guideline');
  source.setAttribute('href', guideline.source);
  section.append(source);
  return section;
}

function findingItem(uri: string, finding: RelevantFinding): HTMLElement {
  const item = el('li', `finding severity-${finding.severity}`);
  const where = el('span', 'where', `Ln ${finding.range.start.line + 1}, Col ${finding.range.start.character + 1}`);
  const button = revealButton(uri, finding.range, [where, ' ', withCode(finding.message), ' ', el('code', 'rule', finding.ruleId)]);
  button.title = `Reveal in the editor (${finding.severity})`;
  item.append(button);
  return item;
}

function adviceSection(advice: readonly string[]): HTMLElement {
  const section = el('section', 'advice');
  const list = el('ul');
  for (const line of advice) list.append(el('li', undefined, line));
  section.append(el('h2', undefined, 'General advice'), list);
  return section;
}

/** A real <button>, so that Tab reaches it and Enter or Space activates it. */
function revealButton(uri: string, range: WireRange, content: (Node | string)[]): HTMLButtonElement {
  const button = el('button', 'reveal');
  button.type = 'button';
  button.append(...content);
  button.addEventListener('click', () => vscode.postMessage({ type: 'reveal', uri, range }));
  return button;
}

/** Messages quote the post's text in backticks (STYLE.md, "A message"): show those parts as code. */
function withCode(text: string): HTMLElement {
  const span = el('span');
  text.split('`').forEach((part, index) => span.append(index % 2 === 1 ? el('code', undefined, part) : part));
  return span;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== undefined) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
