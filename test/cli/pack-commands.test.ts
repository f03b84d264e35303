/** The CLI with packs and config files: a workspace's own pack end to end, --init, --print-config and --test-pack. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = join(process.cwd(), 'server/out/cli.js');

function run(args: string[], cwd = process.cwd()) {
  const result = spawnSync('node', [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('a post under examples/acme-blog/ is linted with the Acme pack its .guidelint.yml names, not the default pack', () => {
  const { code, stdout } = run(['--format', 'json', 'examples/acme-blog/gripper-launch.md']);
  assert.equal(code, 0);
  const [result] = JSON.parse(stdout);
  assert.deepEqual(result.messages.map((m: { ruleId: string; guideline: string }) => `${m.ruleId} (${m.guideline})`), [
    'customer-named (customer-names)', 'buzzword (clear)', 'personal-view (as-yourself)', 'unreleased-date (roadmap)',
  ]);
  const customer = result.messages[0];
  assert.equal(customer.message, 'Check that `Globex` agreed in writing to be named, or write "a customer" instead.');
  assert.deepEqual(customer.matched, { customer: 'Globex' });
});

test('--fix applies the example pack\'s safe substitution and nothing else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-acme-'));
  writeFileSync(join(dir, '.guidelint.yml'), `packs: [${join(process.cwd(), 'examples/packs/acme-engineering.pack.yml')}]\n`);
  copyFileSync('examples/acme-blog/gripper-launch.md', join(dir, 'post.md'));
  const before = readFileSync(join(dir, 'post.md'), 'utf8');
  run(['--fix', join(dir, 'post.md')]);
  assert.equal(readFileSync(join(dir, 'post.md'), 'utf8'), before.replace('We leverage a new', 'We use a new'));
});

test('--init writes a starter config that loads as it is, and refuses to overwrite one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-init-'));
  assert.deepEqual([run(['--init'], dir).code, run(['--init'], dir).code], [0, 2]);
  writeFileSync(join(dir, 'post.md'), 'Write to jane@example.org.\n');
  const { code, stdout } = run(['--format', 'json', 'post.md'], dir);
  assert.equal(code, 0);
  assert.equal(JSON.parse(stdout)[0].messages[0].ruleId, 'email-address');
});

test('--print-config shows the configuration that applies to a file', () => {
  const { code, stdout } = run(['--print-config', 'examples/acme-blog/gripper-launch.md']);
  assert.equal(code, 0);
  const config = JSON.parse(stdout);
  assert.equal(config.configFile, join(process.cwd(), 'examples/acme-blog/.guidelint.yml'));
  assert.deepEqual([config.packs, config.organisation, config.allow], [['acme-engineering'], ['Acme Robotics', 'Acme'], ['ROS']]);
  assert.deepEqual(config.rules['customer-named'], { guideline: 'customer-names', severity: 'warning' });
});

test('--test-pack passes on a good pack and exits 1 naming each failing example', () => {
  assert.equal(run(['--test-pack', 'examples/packs/acme-engineering.pack.yml']).code, 0);
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-test-pack-'));
  const broken = readFileSync('examples/packs/acme-engineering.pack.yml', 'utf8')
    .replace('- "We use a new planner."', '- "We leverage a new planner, again."');
  writeFileSync(join(dir, 'broken.pack.yml'), broken);
  const { code, stdout } = run(['--test-pack', join(dir, 'broken.pack.yml')]);
  assert.equal(code, 1);
  assert.match(stdout, /✗ buzzword \(en\) allow: "We leverage a new planner, again\.": flagged `leverage` but should not be/);
  assert.match(stdout, /acme-engineering: \d+ of \d+ examples pass/);
});

test('a broken pack named by a config file stops the run with exit 2 and names the pack file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidelint-bad-pack-'));
  writeFileSync(join(dir, 'bad.pack.yml'), 'id: bad\nname: Bad\norganisation: { names: [X], contact: x }\nguidelines: []\n');
  writeFileSync(join(dir, '.guidelint.yml'), 'packs: [bad.pack.yml]\n');
  writeFileSync(join(dir, 'post.md'), 'Hello.\n');
  const { code, stderr } = run(['post.md'], dir);
  assert.equal(code, 2);
  assert.match(stderr, /^guidelint: bad\.pack\.yml:4: guidelines: a pack needs at least one guideline\n$/);
});
