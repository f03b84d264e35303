/**
 * SARIF 2.1.0, the format code-scanning services read (GitHub's "Upload SARIF" among them):
 * one run whose tool lists every rule of the packs in use, each related to its guideline (a
 * taxonomy of the pack's guidelines), and one result per finding, with its region and its
 * fixes. Written here rather than with @microsoft/eslint-formatter-sarif, which needs ESLint's
 * own rule metadata objects and brings ESLint 8 with it.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, sep } from 'node:path';
import { DOCS_BASE } from '../../engine/findings';
import type { Guideline } from '../../engine/pack';
import type { RuleMeta } from '../../engine/rule';
import type { Fix, Severity } from '../../engine/types';
import type { FileResult } from '../results';

declare const GUIDELINT_VERSION: string | undefined;

/** What SARIF needs to know of the packs in use. */
export interface SarifTool {
  rules: readonly RuleMeta[];
  guidelines: readonly Guideline[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const ROOT = 'ROOT';

/** A file's location: relative to the working folder (`%ROOT%`) when it is inside it, else an absolute file URI. */
function artifactOf(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = relative(cwd, filePath);
  if (filePath === '<stdin>') return { uri: 'stdin' };
  if (isAbsolute(path) || path.startsWith('..')) return { uri: pathToFileURL(filePath).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: ROOT };
}

function fixOf(fix: Fix, artifactLocation: object): object {
  return {
    description: { text: fix.title },
    artifactChanges: [{
      artifactLocation,
      replacements: fix.edits.map((edit) => ({ deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start }, insertedContent: { text: edit.text } })),
    }],
  };
}

/** Formats results as a SARIF log (pretty-printed: it is read by tools, and by people debugging an upload). */
export function formatSarif(results: readonly FileResult[], tool: SarifTool, cwd = process.cwd()): string {
  const rules = [...new Map(tool.rules.map((r) => [r.id, r])).values()].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const guidelines = [...new Map(tool.guidelines.map((g) => [g.id, g])).values()];
  const guidelineIndex = new Map(guidelines.map((g, i) => [g.id, i]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const result of results) {
    const artifactLocation = artifactOf(result.filePath, cwd);
    const where = (region?: object) => [{ physicalLocation: { artifactLocation, ...(region ? { region } : {}) } }];
    for (const problem of [result.fatal, result.fixRefused]) if (problem) notifications.push({ level: 'error', message: { text: problem }, locations: where() });
    for (const failure of result.ruleErrors ?? []) {
      notifications.push({ level: 'error', message: { text: `rule ${failure.ruleId} failed and was skipped: ${failure.message}` }, locations: where(), associatedRule: { id: failure.ruleId } });
    }
    for (const block of result.unchecked ?? []) {
      notifications.push({ level: 'error', message: { text: block.message }, locations: where({ startLine: block.line, startColumn: block.column, endLine: block.endLine, endColumn: block.endColumn }) });
    }
    for (const m of result.messages) {
      const index = ruleIndex.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[m.severityName],
        message: { text: m.message },
        locations: where({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn }),
        ...(m.fixes.length ? { fixes: m.fixes.map((fix) => fixOf(fix, artifactLocation)) } : {}),
        properties: { guideline: m.guideline, ...(m.matched ? { matched: m.matched } : {}) },
      });
    }
  }
  const version = typeof GUIDELINT_VERSION === 'string' ? GUIDELINT_VERSION : '0.0.0-dev';
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Guidelint',
          semanticVersion: version,
          informationUri: DOCS_BASE.replace(/#$/, ''),
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            helpUri: DOCS_BASE + rule.id,
            defaultConfiguration: { level: LEVEL[rule.severity] },
            properties: { guideline: rule.guideline, tags: [rule.guideline] },
            ...(guidelineIndex.has(rule.guideline)
              ? { relationships: [{ target: { id: rule.guideline, index: guidelineIndex.get(rule.guideline), toolComponent: { name: 'guidelines', index: 0 } }, kinds: ['superset'] }] }
              : {}),
          })),
          supportedTaxonomies: [{ name: 'guidelines', index: 0 }],
        },
      },
      taxonomies: [{
        name: 'guidelines',
        shortDescription: { text: "The organisation's social-media guidelines that the rules check" },
        taxa: guidelines.map((g) => ({ id: g.id, name: g.title.en, shortDescription: { text: g.title.en }, ...(g.source ? { helpUri: g.source } : {}) })),
      }],
      originalUriBaseIds: { [ROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
      columnKind: 'utf16CodeUnits',
      invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      results: sarifResults,
    }],
  };
  return JSON.stringify(log, null, 2);
}
