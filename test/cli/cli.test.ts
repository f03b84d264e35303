/** The `guidelint` command as a user runs it: output formats, exit codes, stdin and errors. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = join(process.cwd(), 'server/out/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'guidelint-cli-'));
const post = join(dir, 'post.md');
writeFileSync(post, '# Hi\n\nWrite to me: jane@example.org\n\n`ok@example.org` in code.\n');
const clean = join(dir, 'clean.txt');
writeFileSync(clean, 'A quiet post about a quiet day.\n');

function run(args: string[], input?: string) {
  const result = spawnSync('node', [cli, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('stylish output names file, line:column, severity, message, rule and guideline; exit 0 on warnings only', () => {
  const { code, stdout } = run([post]);
  assert.equal(code, 0);
  assert.match(stdout, new RegExp(`^${post}\\n  3:14  warning  Remove the e-mail address \`jane@example.org\`.*  email-address \\(privacy\\)$`, 'm'));
  assert.match(stdout, /✖ 1 problem \(0 errors, 1 warning\)/);
});

test('JSON output follows the documented contract (1-based, UTF-16 columns, end exclusive)', () => {
  const { code, stdout } = run(['--format', 'json', post, clean]);
  assert.equal(code, 0);
  const results = JSON.parse(stdout);
  assert.deepEqual(results.map((r: { filePath: string }) => r.filePath), [post, clean]);
  assert.deepEqual(results[0].messages[0], {
    ruleId: 'email-address', guideline: 'privacy', severity: 1, severityName: 'warning',
    message: 'Remove the e-mail address `jane@example.org`: it is personal data. Point to a contact form or a public page instead.',
    line: 3, column: 14, endLine: 3, endColumn: 30,
    fixes: [{ title: 'Redact', edits: [{ start: 19, end: 35, text: '[redacted]' }] }],
  });
  assert.deepEqual([results[0].errorCount, results[0].warningCount, results[0].infoCount, results[1].messages.length], [0, 1, 0, 0]);
});

// Info-level rules (long-sentence, acronym-first-use, jargon) are info everywhere: printed, counted and in JSON.
const wordy = join(mkdtempSync(join(tmpdir(), 'guidelint-cli-info-')), 'wordy.txt');
const longSentence = `${Array.from({ length: 44 }, () => 'word').join(' ')} end.`;
writeFileSync(wordy, `Mail jane@example.org today.\n\n${longSentence}\n`);

test('stylish output prints info-level findings as info and counts them apart from warnings', () => {
  const { code, stdout } = run([wordy]);
  assert.equal(code, 0);
  assert.match(stdout, /^  3:1  info     Split the sentence .*  long-sentence \(clear\)$/m);
  assert.match(stdout, /^  1:6  warning  Remove the e-mail address/m);
  assert.match(stdout, /✖ 2 problems \(0 errors, 1 warning, 1 info\)/);
  const onlyInfo = run(['--rule', 'privacy=off', wordy]);
  assert.match(onlyInfo.stdout, /✖ 1 problem \(0 errors, 0 warnings, 1 info\)/);
  assert.doesNotMatch(onlyInfo.stdout, /warning  /);
});

test('JSON output names each finding\'s level and counts infos apart', () => {
  const [result] = JSON.parse(run(['--format', 'json', wordy]).stdout);
  assert.deepEqual(result.messages.map((m: { ruleId: string; severity: number; severityName: string }) => [m.ruleId, m.severity, m.severityName]), [
    ['email-address', 1, 'warning'],
    ['long-sentence', 1, 'info'],
  ]);
  assert.deepEqual([result.errorCount, result.warningCount, result.infoCount], [0, 1, 1]);
  const [raised] = JSON.parse(run(['--format', 'json', '--rule', 'long-sentence=error', wordy]).stdout);
  assert.deepEqual([raised.errorCount, raised.warningCount, raised.infoCount], [1, 1, 0]);
});

test('--rule raises a rule to error: exit 1; --quiet keeps errors only', () => {
  assert.equal(run(['--rule', 'privacy=error', post]).code, 1);
  const quiet = run(['--quiet', '--format', 'json', post]);
  assert.deepEqual(JSON.parse(quiet.stdout)[0].messages, []);
});

test('standard input with --stdin-filename takes its format from the name', () => {
  const { stdout } = run(['--format', 'json', '--stdin-filename', 'note.md', '-'], '`a@example.org` b@example.org\n');
  const [result] = JSON.parse(stdout);
  assert.equal(result.filePath, 'note.md');
  assert.deepEqual(result.messages.map((m: { column: number }) => m.column), [17]);
});

test('usage and configuration errors exit 2 with a one-line reason on stderr', () => {
  for (const [args, reason] of [
    [[], /^guidelint: no files given/],
    [['--format', 'xml', post], /^guidelint: --format must be stylish, json, sarif or github, not `xml`$/m],
    [['--rule', 'nope=off', post], /^guidelint: `rules`: unknown rule or guideline id `nope`/],
    [['--rule', 'privacy', post], /^guidelint: --rule expects ID=off\|info\|warn\|error/],
    [['--platform', 'myspace', post], /^guidelint: unknown platform `myspace`/],
    [[join(dir, 'missing-*.md')], /^guidelint: no files match/],
  ] as const) {
    const { code, stderr } = run([...args]);
    assert.equal(code, 2, `${args.join(' ')}`);
    assert.match(stderr, reason);
    assert.equal(stderr.trim().split('\n').length, 1);
  }
});

test('an invalid .guidelint.yml is a configuration error naming the file', () => {
  const config = join(dir, 'bad.yml');
  writeFileSync(config, 'rules:\n  privacy: loud\n');
  const { code, stderr } = run(['--config', config, post]);
  assert.equal(code, 2);
  assert.match(stderr, /bad\.yml:2: rules\.privacy: severity must be off, info, warn or error, not `loud`/);
});

test('a binary file is skipped with a clear message and counts as an error', () => {
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  const { code, stdout } = run([binary]);
  assert.equal(code, 1);
  assert.match(stdout, /skipped: file looks binary/);
});

test('a folder lints its Markdown and text files in name order', () => {
  const { stdout } = run(['--format', 'json', dir]);
  const names = JSON.parse(stdout).map((r: { filePath: string }) => r.filePath.split('/').pop());
  assert.deepEqual(names.filter((n: string) => n !== 'image.txt'), ['clean.txt', 'post.md']);
});

test('--fix applies safe fixes only and leaves the rest of the file byte for byte', () => {
  const file = join(dir, 'fix.md');
  const text = '# Title\r\n\r\nMail: a@example.org 😀\r\n';
  writeFileSync(file, text);
  run(['--fix', file]);
  // email-address offers a suggestion, not a safe fix: nothing changes.
  assert.equal(readFileSync(file, 'utf8'), text);
});

/** A pack written in English only, in its own folder with a config file that names it. */
function englishOnlyWorkspace(configExtra = ''): string {
  const workspace = mkdtempSync(join(tmpdir(), 'guidelint-en-only-'));
  writeFileSync(join(workspace, 'en.pack.yml'), [
    'id: en-only', 'name: English only', 'languages: [en]', 'organisation: { names: [Globex], contact: press@globex.example }',
    'guidelines:', '  - { id: tone, title: Mind the tone, text: Be kind., source: https://globex.example/tone }', 'rules:',
    '  - id: sneer\n    guideline: tone\n    description: No sneering.\n    kind: phrase\n    en:\n      messages: { default: "Drop `{actual}`." }\n      entries: [{ id: obviously, phrases: [obviously] }]', '',
  ].join('\n'));
  writeFileSync(join(workspace, '.guidelint.yml'), `packs: [./en.pack.yml]\n${configExtra}`);
  return workspace;
}

test('--language takes tags (fr-CH is French) and auto; another language is a usage error', () => {
  const french = join(dir, 'annonce.txt');
  writeFileSync(french, 'Visite du CERN ce matin avec une classe de lycéens de Lyon : ils ont adoré les aimants !\n');
  assert.equal(JSON.parse(run(['--format', 'json', '--language', 'fr-CH', clean]).stdout)[0].language, 'fr');
  assert.equal(JSON.parse(run(['--format', 'json', '--language', 'auto', french]).stdout)[0].language, 'fr');
  for (const value of ['de', 'es-ES']) {
    const { code, stderr } = run(['--language', value, post]);
    assert.equal(code, 2);
    assert.equal(stderr, `guidelint: --language must be en, fr or auto, not \`${value}\`\n`);
  }
});

test('each file is linted in its language: front matter, else --language, else detected; JSON says which', () => {
  const files = {
    tweet: ['tweet.txt', 'Visite du CERN ce matin avec une classe de lycéens de Lyon : ils ont adoré les aimants ! #CERN'],
    english: ['english.txt', 'Lost my access card near the cafeteria this morning. If you find it, please send me a message!'],
    declared: ['declared.md', '---\nlang: fr-FR\n---\n\nLost my access card near the cafeteria this morning. If you find it, please send me a message!'],
  };
  const paths = Object.values(files).map(([name, text]) => {
    writeFileSync(join(dir, name), `${text}\n`);
    return join(dir, name);
  });
  const languages = (args: string[]) => JSON.parse(run(['--format', 'json', ...args, ...paths]).stdout).map((r: { language: string }) => r.language);
  assert.deepEqual(languages([]), ['fr', 'en', 'fr']);
  assert.deepEqual(languages(['--language', 'en']), ['en', 'en', 'fr'], 'the front matter wins over the flag');
});

test('a front-matter language the pack lacks stops that file with a clear message; the others are linted', () => {
  const german = join(dir, 'german.md');
  writeFileSync(german, '---\ntitle: Hallo\nlang: de\n---\n\nGuten Morgen, schreiben Sie an jane@example.org.\n');
  const { code, stdout } = run([german, post]);
  assert.equal(code, 1, 'a file that cannot be linted is an error');
  assert.ok(stdout.includes(`${german}\n  error  line 3: The front matter's \`lang: de\` is not a language of the pack (en, fr): write en or fr, or remove it to let Guidelint detect the language.`), stdout);
  assert.match(stdout, /email-address \(privacy\)/, 'the other file is linted');
  assert.match(stdout, /✖ 2 problems \(1 error, 1 warning\)/, 'the file that cannot be linted counts once');
  const [result] = JSON.parse(run(['--format', 'json', german]).stdout);
  assert.deepEqual([result.messages, result.errorCount, result.language], [[], 1, undefined]);
  assert.match(result.fatal, /^line 3: The front matter's `lang: de`/);
});

test('the pack\'s languages bound what is accepted: an English-only pack refuses French from the flag, the config file and the front matter', () => {
  const workspace = englishOnlyWorkspace();
  const text = join(workspace, 'post.md');
  writeFileSync(text, 'Obviously it works.\n');
  const flag = run(['--language', 'fr', text]);
  assert.equal(flag.code, 2);
  assert.equal(flag.stderr, `guidelint: --language fr is not a language of the pack of ${join(workspace, '.guidelint.yml')} (it has en): use en, or auto\n`);
  const configured = englishOnlyWorkspace('language: fr\n');
  writeFileSync(join(configured, 'post.md'), 'Obviously it works.\n');
  const config = run([join(configured, 'post.md')]);
  assert.equal(config.code, 2);
  assert.match(config.stderr, /\.guidelint\.yml:2: language: `fr` is not a language of the packs \(they have en\)\n$/);
  writeFileSync(text, '---\nlang: fr\n---\n\nObviously it works.\n');
  const [result] = JSON.parse(run(['--format', 'json', text]).stdout);
  assert.match(result.fatal, /^line 2: The front matter's `lang: fr` is not a language of the pack \(en\): write en, or remove it/);
  writeFileSync(text, 'Évidemment, ça marche très bien chez nous depuis des années, obviously.\n');
  assert.equal(JSON.parse(run(['--format', 'json', text]).stdout)[0].language, 'en', 'a pack with one language never detects another');
});

test('a config file\'s language takes tags and auto, and refuses other languages on its line', () => {
  const config = join(dir, 'lang.yml');
  writeFileSync(config, 'platform: x\nlanguage: fr_CH\n');
  assert.equal(JSON.parse(run(['--format', 'json', '--config', config, clean]).stdout)[0].language, 'fr');
  writeFileSync(config, 'platform: x\nlanguage: es\n');
  const { code, stderr } = run(['--config', config, clean]);
  assert.equal(code, 2);
  assert.match(stderr, /lang\.yml:2: language: expected en, fr or auto, not `es`\n$/);
});
