/// <reference lib="dom" />
/**
 * The guidelines view's page script (runs in the webview, bundled for the browser). It builds
 * the DOM from the extension's model with textContent only, never innerHTML, so that no post
 * text can inject markup; it posts back reveal requests and what it rendered.
 */
import type { GuidelinesModel, HostMessage, PageMessage, RelevantFinding, RelevantGuideline, ViewLabels, WireRange } from './model';

declare function acquireVsCodeApi(): { postMessage(message: PageMessage): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  if (event.data?.type === 'model') render(event.data.model, event.data.labels);
});
vscode.postMessage({ type: 'ready' });

/**
 * The page's own words (`labels`) are in VS Code's display language; the guidelines, reasons,
 * findings and advice in the post's (`model.language`), and each part says which in its `lang`
 * attribute, so that a screen reader pronounces it right.
 */
function render(model: GuidelinesModel, labels: ViewLabels): void {
  document.documentElement.lang = labels.locale;
  const findings = model.guidelines.reduce((sum, g) => sum + g.findings.length, 0);
  const children: Node[] = [header(labels)];
  if (model.error !== undefined) children.push(el('p', 'notice', model.error));
  else if (model.skipped !== undefined) children.push(inLanguage(el('p', 'notice', model.skipped), model.language));
  else if (model.guidelines.length === 0) children.push(el('p', 'muted', labels.empty));
  for (const guideline of model.guidelines) children.push(guidelineSection(model, guideline, labels));
  if (model.advice.length > 0) children.push(adviceSection(model, labels));
  root.replaceChildren(...children);
  vscode.postMessage({ type: 'rendered', uri: model.uri, version: model.version, guidelineIds: model.guidelines.map((g) => g.id), findings });
}

function header(labels: ViewLabels): HTMLElement {
  const head = el('header');
  head.append(el('h1', undefined, labels.heading), el('p', 'muted', labels.summary));
  return head;
}

function guidelineSection(model: GuidelinesModel, guideline: RelevantGuideline, labels: ViewLabels): HTMLElement {
  const { uri } = model;
  const section = el('section', 'guideline');
  section.id = `guideline-${guideline.id}`;
  section.setAttribute('aria-labelledby', `${section.id}-title`);
  const title = el('h2');
  title.id = `${section.id}-title`;
  title.append(inLanguage(el('span', undefined, guideline.title), model.language), ' ', el('span', 'badge', guideline.id));
  section.append(title, inLanguage(el('p', 'text', guideline.text), model.language));

  const reasons = el('ul', 'reasons');
  reasons.setAttribute('aria-label', labels.whyItApplies);
  for (const reason of guideline.reasons) {
    const item = inLanguage(el('li'), model.language);
    item.append(reason.range ? revealButton(uri, reason.range, [withCode(reason.text)]) : withCode(reason.text));
    reasons.append(item);
  }
  section.append(el('h3', undefined, labels.whyItApplies), reasons);

  if (guideline.findings.length > 0) {
    const list = el('ol', 'findings');
    list.setAttribute('aria-label', fill(labels.findingsFor, guideline.title));
    for (const finding of guideline.findings) list.append(findingItem(model, finding, labels));
    section.append(list);
  }
  const source = el('a', 'source', labels.readGuideline);
  source.setAttribute('href', guideline.source);
  section.append(source);
  return section;
}

function findingItem(model: GuidelinesModel, finding: RelevantFinding, labels: ViewLabels): HTMLElement {
  const item = el('li', `finding severity-${finding.severity}`);
  const where = el('span', 'where', fill(labels.position, finding.range.start.line + 1, finding.range.start.character + 1));
  const message = inLanguage(withCode(finding.message), model.language);
  const button = revealButton(model.uri, finding.range, [where, ' ', message, ' ', el('code', 'rule', finding.ruleId)]);
  button.title = fill(labels.reveal, labels.severities[finding.severity]);
  item.append(button);
  return item;
}

function adviceSection(model: GuidelinesModel, labels: ViewLabels): HTMLElement {
  const section = el('section', 'advice');
  const list = inLanguage(el('ul'), model.language);
  for (const line of model.advice) list.append(el('li', undefined, line));
  section.append(el('h2', undefined, labels.generalAdvice), list);
  return section;
}

/** `template` with `{0}`, `{1}` … replaced by `values` (the labels' placeholders, as vscode.l10n writes them). */
function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => String(values[Number(index)] ?? match));
}

/** Marks `element` as written in `language` (the post's, which may differ from the page's). */
function inLanguage<E extends HTMLElement>(element: E, language: string): E {
  element.lang = language;
  return element;
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
