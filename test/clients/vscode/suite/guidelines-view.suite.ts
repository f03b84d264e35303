import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { GuidelinesModel } from '../../../../client/src/view/model';
import { diagnosticsOf, guidelint, openPost, rangeOf, waitFor, waitForDiagnostics } from './helpers';

/** "Guidelint: Show Relevant Guidelines": what the view got, what its page rendered, and how it follows the editor. */
export function guidelinesViewSuite(): void {
  describe('Show Relevant Guidelines', () => {
    it('lists the guidelines with findings first, then those the topic makes relevant, and the page renders them', async () => {
      const api = await guidelint();
      const { document } = await openPost('sample.md');
      await waitForDiagnostics(document.uri, () => diagnosticsOf(document.uri, ['email-address', 'assistant-leftover']).length === 2);

      const model = await vscode.commands.executeCommand<GuidelinesModel>('guidelint.showGuidelines');
      assert.equal(model.uri, document.uri.toString());
      assert.equal(model.fileName, 'sample.md');
      const ids = model.guidelines.map((g) => g.id);
      for (const id of ['privacy', 'ai-transparency', 'as-yourself']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
      assert.ok(ids.indexOf('as-yourself') > ids.indexOf('privacy'), 'guidelines with findings come first');

      const privacy = model.guidelines.find((g) => g.id === 'privacy');
      assert.equal(privacy?.title, 'Respect privacy');
      assert.ok(privacy.text.length > 0 && privacy.source.startsWith('https://'));
      const email = privacy.findings.find((f) => f.ruleId === 'email-address');
      assert.deepEqual(email?.range, protocolRange(rangeOf(document, 'jane.doe@example.org')));
      const asYourself = model.guidelines.find((g) => g.id === 'as-yourself');
      assert.ok(asYourself?.reasons.some((r) => r.kind === 'organisation' && r.text.includes('CERN')), 'why as-yourself applies');
      assert.ok(model.advice.length > 0, 'the pack\'s general advice');

      const rendered = await waitFor(() => {
        const state = api.guidelinesView()?.rendered;
        return state?.uri === model.uri && state.version === model.version ? state : undefined;
      }, undefined, 10_000, 'the page to render the model');
      assert.deepEqual(rendered.guidelineIds, ids);
      assert.equal(rendered.findings, model.guidelines.reduce((n, g) => n + g.findings.length, 0));
    });

    it('updates when the text changes', async () => {
      const api = await guidelint();
      const editor = await openPost('sample.md');
      const line = editor.document.lineAt(rangeOf(editor.document, 'As an AI language model').start.line);
      assert.ok(await editor.edit((edit) => edit.delete(line.rangeIncludingLineBreak)));
      const model = await waitFor(() => {
        const current = api.guidelinesView()?.model;
        return current?.version === editor.document.version ? current : undefined;
      }, undefined, 10_000, 'the view to follow the edit');
      assert.ok(!model.guidelines.some((g) => g.id === 'ai-transparency'), 'the leftover is gone, so is its guideline');
      assert.ok(model.guidelines.some((g) => g.id === 'privacy'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('follows the active editor', async () => {
      const api = await guidelint();
      const { document } = await openPost('sample.txt');
      const model = await waitFor(() => {
        const current = api.guidelinesView()?.model;
        return current?.uri === document.uri.toString() ? current : undefined;
      }, undefined, 10_000, 'the view to follow sample.txt');
      assert.equal(model.fileName, 'sample.txt');
      assert.ok(model.guidelines.some((g) => g.id === 'privacy'));
    });
  });
}

function protocolRange(range: vscode.Range) {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
