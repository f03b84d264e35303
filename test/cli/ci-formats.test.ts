/** `--format sarif` and `--format github`: what code scanning and a workflow run receive. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { formatGithub } from '../../server/src/cli/formatters/github';

const cli = join(process.cwd(), 'server/out/cli.js');
const schema = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'guidelint-ci-formats-'));
writeFileSync(join(dir, 'post.md'), '# Hi\n\nWrite to me: jane@example.org, or 100% sure: ask.\n');
writeFileSync(join(dir, 'binary.md'), 'a\u0000b');
writeFileSync(join(dir, 'clean.txt'), 'A quiet post about a quiet day.\n');

function run(args: string[]) {
  const result = spawnSync('node', [cli, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('SARIF output validates against the SARIF 2.1.0 schema', () => {
  const { stdout } = run(['--format', 'sarif', 'post.md', 'binary.md', 'clean.txt']);
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false /* the schema's language pattern has a stray ] that `u` rejects */ }).compile(schema);
  const log = JSON.parse(stdout);
  assert.equal(validate(log), true, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

test('SARIF results carry the rule, its guideline, the level, the region (UTF-16 columns) and the fix', () => {
  const log = JSON.parse(run(['--format', 'sarif', 'post.md']).stdout);
  const [runLog] = log.runs;
  assert.equal(runLog.columnKind, 'utf16CodeUnits');
  assert.deepEqual(runLog.originalUriBaseIds.ROOT, { uri: pathToFileURL(`${dir}/`).href });
  assert.deepEqual(runLog.results, [{
    ruleId: 'email-address',
    ruleIndex: runLog.tool.driver.rules.findIndex((r: { id: string }) => r.id === 'email-address'),
    level: 'warning',
    message: { text: 'Remove the e-mail address `jane@example.org`: it is personal data. Point to a contact form or a public page instead.' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'post.md', uriBaseId: 'ROOT' }, region: { startLine: 3, startColumn: 14, endLine: 3, endColumn: 30 } } }],
    fixes: [{ description: { text: 'Redact' }, artifactChanges: [{ artifactLocation: { uri: 'post.md', uriBaseId: 'ROOT' }, replacements: [{ deletedRegion: { charOffset: 19, charLength: 16 }, insertedContent: { text: '[redacted]' } }] }] }],
    properties: { guideline: 'privacy' },
  }]);
});

test('SARIF lists every rule with its guideline as a taxon, and a file that could not be linted as a notification', () => {
  const [runLog] = JSON.parse(run(['--format', 'sarif', 'binary.md', 'clean.txt']).stdout).runs;
  const rule = runLog.tool.driver.rules.find((r: { id: string }) => r.id === 'email-address');
  assert.deepEqual(rule.properties, { guideline: 'privacy', tags: ['privacy'] });
  assert.equal(rule.helpUri.endsWith('#email-address'), true);
  const taxa = runLog.taxonomies[0].taxa.map((t: { id: string }) => t.id);
  assert.equal(taxa[rule.relationships[0].target.index], 'privacy');
  assert.equal(taxa.length, 14);
  assert.deepEqual(runLog.results, []);
  assert.deepEqual(runLog.invocations, [{
    executionSuccessful: false,
    toolExecutionNotifications: [{ level: 'error', message: { text: 'skipped: file looks binary (it contains NUL bytes)' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'binary.md', uriBaseId: 'ROOT' } } }] }],
  }]);
});

test('github format: one workflow command per finding, with file, line, columns and title; properties and message escaped', () => {
  const { stdout, code } = run(['--format', 'github', 'post.md', 'binary.md', 'clean.txt']);
  assert.equal(code, 1);
  assert.equal(stdout, [
    '::warning file=post.md,line=3,col=14,endColumn=30,title=email-address (privacy)::Remove the e-mail address `jane@example.org`: it is personal data. Point to a contact form or a public page instead.',
    '::error file=binary.md,title=guidelint::skipped: file looks binary (it contains NUL bytes)',
    '',
  ].join('\n'));
});

test('github format escapes %, CR and LF in messages and : and , in properties; a multi-line finding gives endLine, not endColumn', () => {
  const message = { ruleId: 'r', guideline: 'g', severity: 1 as const, severityName: 'info' as const, message: '100% sure\r\nnext', line: 2, column: 3, endLine: 4, endColumn: 1, fixes: [] };
  const result = { filePath: 'posts/a,b:c.md', messages: [message], errorCount: 0, warningCount: 0, infoCount: 1 };
  assert.equal(formatGithub([result]), '::notice file=posts/a%2Cb%3Ac.md,line=2,col=3,endLine=4,title=r (g)::100%25 sure%0D%0Anext');
});
