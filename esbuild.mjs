// Builds every entry point with esbuild. The unified/retext packages are ESM-only while
// VS Code loads extensions as CommonJS: bundling resolves that once, at build time, and
// leaves one self-contained file per entry (no node_modules at run time, small .vsix).
// Usage: node esbuild.mjs [--tests] [--watch] [--only=GLOB] [--outdir=DIR] [--no-minify]
//   --only and --outdir build a subset of the tests into a private folder, so that several
//   people (or agents) can run their own tests at once without overwriting each other's.
import * as esbuild from 'esbuild';
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';

const { version } = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

const withTests = process.argv.includes('--tests');
const watch = process.argv.includes('--watch');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = option('only');
const testOutdir = option('outdir') ?? 'test/out';

/**
 * Rule data lives in YAML beside each rule; it is parsed here so that no YAML parser runs at
 * start-up. The shipped bundles leave out the data's `examples` (test texts, some of which
 * look like real secrets to a scanner); test bundles keep them.
 */
const yamlPlugin = (keepExamples) => ({
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      try {
        const data = parse(source);
        if (!keepExamples) dropExamples(data);
        return { contents: JSON.stringify(data), loader: 'json' };
      } catch (error) {
        return { errors: [{ text: `${args.path}: ${error.message}` }] };
      }
    });
  },
});

function dropExamples(data) {
  if (!data || typeof data !== 'object') return;
  delete data.examples;
  for (const entry of Array.isArray(data.entries) ? data.entries : []) if (entry && typeof entry === 'object') delete entry.examples;
  // Rule files keep one section per language.
  for (const language of ['en', 'fr']) if (data[language] && typeof data[language] === 'object') dropExamples(data[language]);
}

/**
 * Large data as a module that calls JSON.parse on a string: V8 parses JSON several times faster
 * than the same data written as an object literal, and this runs at every start (bench row f).
 */
const jsonModule = (data) => `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

/**
 * The default pack (rules/packs/default/) bundled as data: the same files that
 * rules/pack/load.ts reads from disk for a workspace's pack, parsed here once, so that start-up
 * reads no YAML. Validation and compilation happen at run time, through the same code for
 * every pack.
 */
const DEFAULT_PACK = 'rules/packs/default';
const defaultPackPlugin = (keepExamples) => ({
  name: 'default-pack',
  setup(build) {
    build.onResolve({ filter: /^guidelint:default-pack$/ }, (args) => ({ path: args.path, namespace: 'default-pack' }));
    build.onLoad({ filter: /.*/, namespace: 'default-pack' }, async () => {
      const read = async (file) => {
        const data = parse(await readFile(file, 'utf8'));
        if (!keepExamples) dropExamples(data);
        return { file, data };
      };
      try {
        const pack = await read(`${DEFAULT_PACK}/pack.yml`);
        const rules = [];
        for (const folder of pack.data.rules) {
          for (const file of globSync(`${DEFAULT_PACK}/${folder}/**/*.yml`).sort()) rules.push({ ...(await read(file)), path: [] });
        }
        const includes = {};
        for (const section of ['classes', 'dictionaries']) {
          for (const name of Object.values(pack.data[section] ?? {})) {
            if (typeof name === 'string') includes[name] = await read(`${DEFAULT_PACK}/${name}`);
          }
        }
        const watchFiles = [pack.file, ...rules.map((r) => r.file), ...Object.values(includes).map((i) => i.file)];
        return { contents: jsonModule({ ...pack, rules, includes }), loader: 'js', watchFiles };
      } catch (error) {
        return { errors: [{ text: `${DEFAULT_PACK}: ${error.message}` }] };
      }
    });
  },
});

/**
 * The default pack's profanity ratings (cuss with pluralize's forms), computed once here by
 * rules/conduct/profanity-forms.ts itself, bundled on the fly, so that start-up does not run
 * pluralize over 2,000 phrases. The detector recomputes them for any other ignore list, and a
 * test checks that these equal a fresh computation.
 */
const profanityFormsPlugin = {
  name: 'profanity-forms',
  setup(build) {
    build.onResolve({ filter: /^guidelint:profanity-forms$/ }, (args) => ({ path: args.path, namespace: 'profanity-forms' }));
    build.onLoad({ filter: /.*/, namespace: 'profanity-forms' }, async () => {
      const [bundle] = (await esbuild.build({ entryPoints: ['rules/conduct/profanity-forms.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' })).outputFiles;
      const module = { exports: {} };
      new Function('module', 'exports', 'require', bundle.text)(module, module.exports, createRequire(import.meta.url));
      const rule = parse(await readFile(`${DEFAULT_PACK}/conduct/profanity.yml`, 'utf8'));
      const ignorePluralize = rule.en.ignorePluralize;
      const ratings = [...module.exports.profanitiesOf(new Set(ignorePluralize))];
      return { contents: jsonModule({ ignorePluralize, ratings }), loader: 'js', watchFiles: [`${DEFAULT_PACK}/conduct/profanity.yml`, 'rules/conduct/profanity-forms.ts'] };
    });
  },
};

/**
 * Every regular-expression literal in rules/ and server/src/, with its file and line, for
 * test/reliability/linear-patterns.test.ts (issue 12: every pattern is fed its worst shape).
 * Test bundles only: acorn reads each file after esbuild has stripped its types.
 */
const regexInventoryPlugin = {
  name: 'regex-inventory',
  setup(build) {
    build.onResolve({ filter: /^guidelint:regex-inventory$/ }, (args) => ({ path: args.path, namespace: 'regex-inventory' }));
    build.onLoad({ filter: /.*/, namespace: 'regex-inventory' }, async () => {
      const acorn = await import('acorn');
      const files = globSync(['rules/**/*.ts', 'server/src/**/*.ts']).sort();
      const literals = [];
      for (const file of files) {
        const source = await readFile(file, 'utf8');
        const { code } = await esbuild.transform(source, { loader: 'ts', target: 'esnext' });
        acorn.parse(code, {
          ecmaVersion: 'latest',
          sourceType: 'module',
          onToken(token) {
            if (token.type.label !== 'regexp') return;
            const { pattern, flags } = token.value;
            const at = source.indexOf(`/${pattern}/${flags}`);
            literals.push({ file, line: at < 0 ? 0 : source.slice(0, at).split('\n').length, source: pattern, flags });
          },
        });
      }
      return { contents: jsonModule(literals), loader: 'js', watchFiles: files };
    });
  },
};

/**
 * The default pack's class tries and pattern indexes, compiled at build time by the run-time
 * compiler itself (rules/pack/precompile.ts, bundled on the fly and run here) and bundled as
 * one string per entry, parsed on first use: start-up then reads them instead of parsing ~1,000
 * class entries and patterns and building the NFA (bench row f). Entries are keyed by a hash
 * of what they were compiled from, so a pack or configuration they do not fit compiles at run
 * time as before; this runs at every build, so the table is never older than the pack.
 */
let precompiledTable;
const precompiledPlugin = {
  name: 'precompiled',
  setup(build) {
    build.onResolve({ filter: /^guidelint:precompiled$/ }, (args) => ({ path: args.path, namespace: 'precompiled' }));
    build.onLoad({ filter: /.*/, namespace: 'precompiled' }, async () => {
      if (!precompiledTable || watch) precompiledTable = computePrecompiled();
      try {
        return { contents: `module.exports = ${JSON.stringify(await precompiledTable)};`, loader: 'js', watchFiles: [...globSync(`${DEFAULT_PACK}/**/*.yml`), ...globSync(['rules/kinds/**/*.ts', 'rules/pack/*.ts'])] };
      } catch (error) {
        return { errors: [{ text: `precompiling ${DEFAULT_PACK}: ${error.stack ?? error.message}` }] };
      }
    });
  },
};

/** An empty table, for the bundle that computes the table. */
const noPrecompiledPlugin = {
  name: 'no-precompiled',
  setup(build) {
    build.onResolve({ filter: /^guidelint:precompiled$/ }, (args) => ({ path: args.path, namespace: 'no-precompiled' }));
    build.onLoad({ filter: /.*/, namespace: 'no-precompiled' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

async function computePrecompiled() {
  const [bundle] = (await esbuild.build({
    entryPoints: ['rules/pack/precompile.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', write: false, logLevel: 'silent',
    plugins: [yamlPlugin(false), defaultPackPlugin(false), profanityFormsPlugin, noPrecompiledPlugin],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  })).outputFiles;
  const module = { exports: {} };
  new Function('module', 'exports', 'require', '__filename', bundle.text)(module, module.exports, createRequire(import.meta.url), new URL(import.meta.url).pathname);
  return module.exports.precompileDefaultPack();
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [yamlPlugin(false), defaultPackPlugin(false), profanityFormsPlugin, precompiledPlugin],
  // Some ESM dependencies read import.meta.url; give them the CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl', GUIDELINT_VERSION: JSON.stringify(version) },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const shebang = "#!/usr/bin/env node\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;";

// snowball-stemmers is one 870 KB file with every language's stemmer. The shipped bundles
// leave it out and load it from server/out/node_modules/ on the first stem, so that start-up
// does not parse it (bench row f); copyStemmers() puts it there.
const lazy = { external: ['snowball-stemmers'] };

// The shipped bundles are minified: V8 parses every byte of a bundle at start-up, and a
// minified one is 40 % smaller (bench row f). The linked source maps keep stack traces readable.
const shipped = { ...common, minify: !process.argv.includes('--no-minify') };

/**
 * A bin as two files: `<name>.js`, a small loader that turns on V8's code cache, and
 * `<name>-main.js`, the bundle it loads (server/src/boot/compile-cache.ts).
 */
const bin = (name, entry) => [
  { ...shipped, ...lazy, entryPoints: [entry], outfile: `server/out/${name}-main.js` },
  { ...shipped, entryPoints: ['server/src/boot/compile-cache.ts'], outfile: `server/out/${name}.js`, banner: { js: '#!/usr/bin/env node' }, define: { GUIDELINT_BUNDLE: JSON.stringify(`${name}-main.js`) }, plugins: [], external: [`./${name}-main.js`] },
];

const builds = [
  ...bin('cli', 'server/src/cli/main.ts'),
  ...bin('server', 'server/src/server.ts'),
  { ...shipped, ...lazy, entryPoints: ['server/src/cli/lint-worker.ts'], outfile: 'server/out/lint-worker.js' },
  { ...shipped, entryPoints: ['server/src/lsp/stdin-reader.ts'], outfile: 'server/out/stdin-reader.js' },
  { ...shipped, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The guidelines webview's page: a browser script and its stylesheet, loaded under a strict CSP.
  { entryPoints: ['client/src/view/guidelines.ts', 'client/src/view/guidelines.css'], outdir: 'client/out/view', bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning' },
];

if (withTests) {
  const patterns = only ? [only] : ['test/**/*.test.ts', 'test/**/run-*.ts', 'test/**/*.bench.ts', 'test/**/suite/index.ts'];
  const tests = globSync(patterns, { ignore: ['test/out/**'] });
  builds.push({
    ...common,
    entryPoints: tests,
    outdir: testOutdir,
    plugins: [yamlPlugin(true), defaultPackPlugin(true), profanityFormsPlugin, regexInventoryPlugin, precompiledPlugin],
    outbase: 'test',
    external: ['vscode', 'mocha', 'playwright-core'],
  });
}

// Entry points are added issue by issue; build those that exist.
const existing = builds.filter((b) => b.entryPoints.length > 0 && b.entryPoints.every((entry) => existsSync(entry)));

/** The Snowball algorithms the engine stems with: a pack's languages are English and French. */
const STEMMER_LANGUAGES = ['english', 'french'];

/**
 * snowball-stemmers' file cut down to the shared program classes and the stemmers of
 * STEMMER_LANGUAGES, then minified: the whole 870 KB file took 22-35 ms to load on the first
 * stem, inside the first diagnostics (bench row f), for 22 languages no pack uses. The cut
 * follows the file's own layout (`var <language>Stemmer = function` blocks, then
 * `function newStemmer`) and fails the build if that layout changes;
 * test/engine/stemmer-copy.test.ts checks that the copy stems like the package.
 */
async function trimmedStemmers(source) {
  const blocks = [...source.matchAll(/^ {4}var (\w+)Stemmer = function /gm)].map((m) => ({ name: m[1], at: m.index }));
  const factory = source.indexOf('\n    function newStemmer(lng)');
  if (blocks.length < STEMMER_LANGUAGES.length + 1 || factory < 0) throw new Error('snowball-stemmers: unknown layout, cannot cut out the unused stemmers');
  const prelude = source.slice(0, blocks.find((b) => b.name !== 'Snowball').at);
  const kept = STEMMER_LANGUAGES.map((language) => {
    const index = blocks.findIndex((b) => b.name === language);
    if (index < 0) throw new Error(`snowball-stemmers: no ${language} stemmer`);
    return source.slice(blocks[index].at, blocks[index + 1]?.at ?? factory);
  });
  const stemMap = `var stemMap = { ${STEMMER_LANGUAGES.map((l) => `${l}: ${l}Stemmer`).join(', ')} };`;
  const tail = source.slice(factory).replace(/var stemMap = \{[^}]*\};/, stemMap).replace(/return \[('\w+', )*'\w+'\];/, `return ${JSON.stringify(STEMMER_LANGUAGES)};`);
  if (!tail.includes(stemMap)) throw new Error('snowball-stemmers: unknown layout of newStemmer');
  const header = `// snowball-stemmers ${JSON.parse(await readFile('node_modules/snowball-stemmers/package.json', 'utf8')).version} (ISC licence, see package.json), cut to ${STEMMER_LANGUAGES.join(' and ')} by guidelint's esbuild.mjs.\n`;
  const { code } = await esbuild.transform(prelude + kept.join('') + tail, { minify: true, target: 'node20' });
  return header + code;
}

/** Copies snowball-stemmers, cut to the languages packs use, beside the bundles, where their `require` finds it (in a clone and in the .vsix). */
async function copyStemmers() {
  const target = 'server/out/node_modules/snowball-stemmers';
  await mkdir(target, { recursive: true });
  for (const file of ['package.json', 'LICENSE', 'README.md']) {
    if (existsSync(`node_modules/snowball-stemmers/${file}`)) await copyFile(`node_modules/snowball-stemmers/${file}`, `${target}/${file}`);
  }
  await writeFile(`${target}/snowball-stemmers.js`, await trimmedStemmers(await readFile('node_modules/snowball-stemmers/snowball-stemmers.js', 'utf8')));
}

if (watch) {
  for (const options of existing) (await esbuild.context(options)).watch();
} else {
  await Promise.all([...existing.map((options) => esbuild.build(options)), copyStemmers()]);
  // The two bins are run directly (guidelint, guidelint-ls): make them executable.
  for (const bin of ['server/out/cli.js', 'server/out/server.js']) if (existsSync(bin)) await chmod(bin, 0o755);
}
