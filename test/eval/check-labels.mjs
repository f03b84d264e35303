// check-labels.mjs: validates a labelled set's labels.json against its cases/ (eval-dev's
// validator, ../shared/eval-dev/check-labels.mjs, made to take the set's folder). Each round's
// own check-labels.mjs runs it on its folder:
//
//   node check-labels.mjs            validate, print counts; exit 1 on any problem
//   node check-labels.mjs --spans    also print every label's resolved span as JSON
//   node check-labels.mjs --audit    also print heuristic hints (labeller's aid, never fails)
//
// Node ESM, no dependencies. Offsets are UTF-16 code units (JavaScript string indices),
// the unit the engine and LSP use; --spans also gives code-point offsets and line:column.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const GUIDELINES = [
  'responsible', 'correct', 'clear', 'reasonable', 'as-yourself', 'link-dont-copy',
  'endorsement', 'conduct', 'reputation', 'privacy', 'confidentiality',
  'intellectual-property', 'accessibility', 'ai-transparency',
];
export const LANGS = ['en', 'fr'];
export const KINDS = ['tweet', 'mastodon', 'linkedin', 'instagram', 'facebook', 'blog', 'website', 'newsletter'];
// Character limits used by the labels for "over-long for the platform" (URLs count 23).
export const PLATFORM_LIMITS = { tweet: 280, mastodon: 500, instagram: 2200, linkedin: 3000 };

const FILE_RE = /^(en|fr)-\d{3}\.(md|txt)$/;
const MAX_QUOTE_WORDS = 12;

// ---------------------------------------------------------------------------
// Regions a linter must not look into. Returns { skip: [[s, e, what]], urls: [[s, e]] }.
// skip: front matter, fenced code, inline code (Markdown only). urls: link destinations,
// autolinks and bare URLs (both formats). A label may not overlap `skip` and may not lie
// entirely inside a URL (a quote such as `![](/img/x.png)` that contains one is fine).

export function regions(text, markdown) {
  const skip = [];
  const urls = [];
  if (markdown) {
    // Front matter: a YAML block opened by --- on the first line.
    const fm = /^---[ \t]*\r?\n/.exec(text);
    if (fm) {
      const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
      close.lastIndex = fm[0].length - 1;
      const m = close.exec(text);
      if (m) skip.push([0, m.index + m[0].length, 'front matter']);
    }
    // Fenced code blocks.
    const lines = [];
    for (let i = 0, start = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '\n') {
        lines.push([start, i]);
        start = i + 1;
      }
    }
    let open = null;
    for (const [s, e] of lines) {
      if (inAny(skip, s)) continue;
      const line = text.slice(s, e);
      if (!open) {
        const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (m) open = { start: s, ch: m[1][0], n: m[1].length };
      } else {
        const m = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
        if (m && m[1][0] === open.ch && m[1].length >= open.n) {
          skip.push([open.start, e, 'fenced code']);
          open = null;
        }
      }
    }
    if (open) skip.push([open.start, text.length, 'fenced code (unclosed)']);
    // Inline code: a backtick run closed by a run of the same length in the same paragraph.
    const ticks = /`+/g;
    let m;
    while ((m = ticks.exec(text))) {
      if (inAny(skip, m.index)) continue;
      const n = m[0].length;
      const rest = /`+/g;
      rest.lastIndex = m.index + n;
      let c;
      let end = -1;
      while ((c = rest.exec(text))) {
        if (/\n[ \t]*\n/.test(text.slice(m.index, c.index))) break;
        if (c[0].length === n) { end = c.index + n; break; }
      }
      if (end > 0) {
        skip.push([m.index, end, 'inline code']);
        ticks.lastIndex = end;
      }
    }
    // Link and image destinations, autolinks.
    for (const d of text.matchAll(/\]\(([^)\s]*)/g)) {
      const s = d.index + 2;
      urls.push([s, s + d[1].length]);
    }
    for (const d of text.matchAll(/<((?:https?:|mailto:)[^>\s]+)>/g)) urls.push([d.index + 1, d.index + 1 + d[1].length]);
  }
  for (const d of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()]+/g)) {
    const url = d[0].replace(/[.,;:!?'"]+$/, '');
    urls.push([d.index, d.index + url.length]);
  }
  return { skip, urls };
}

function inAny(list, pos) {
  return list.some(([s, e]) => pos >= s && pos < e);
}
function overlaps(a0, a1, b0, b1) {
  return a0 < b1 && b0 < a1;
}
function occurrences(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
function lineCol(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}
function codePoints(s) {
  return [...s].length;
}

// ---------------------------------------------------------------------------

/** Reads and checks the set in `dir` (its labels.json and cases/). */
export function load(dir) {
  const casesDir = join(dir, 'cases');
  const problems = [];
  const labelsPath = join(dir, 'labels.json');
  let labels;
  try {
    labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
  } catch (err) {
    return { problems: [`labels.json: cannot read or parse (${err.message})`], cases: [] };
  }
  if (!Array.isArray(labels)) return { problems: ['labels.json: top level must be an array'], cases: [] };

  const seen = new Set();
  const cases = [];
  labels.forEach((entry, i) => {
    const where = `labels.json[${i}]${entry && entry.file ? ` (${entry.file})` : ''}`;
    if (!entry || typeof entry !== 'object') { problems.push(`${where}: not an object`); return; }
    const extra = Object.keys(entry).filter((k) => !['file', 'lang', 'kind', 'findings'].includes(k));
    if (extra.length) problems.push(`${where}: unknown keys ${extra.join(', ')}`);
    const { file, lang, kind, findings } = entry;
    if (typeof file !== 'string' || !FILE_RE.test(file)) { problems.push(`${where}: file must match ${FILE_RE}`); return; }
    if (seen.has(file)) problems.push(`${where}: duplicate entry for ${file}`);
    seen.add(file);
    if (!LANGS.includes(lang)) problems.push(`${where}: lang must be one of ${LANGS.join(', ')}`);
    else if (!file.startsWith(`${lang}-`)) problems.push(`${where}: lang "${lang}" does not match the file name`);
    if (!KINDS.includes(kind)) problems.push(`${where}: kind "${kind}" is not one of ${KINDS.join(', ')}`);
    if (!Array.isArray(findings)) { problems.push(`${where}: findings must be an array`); return; }
    const path = join(casesDir, file);
    if (!existsSync(path)) { problems.push(`${where}: cases/${file} does not exist`); return; }
    const text = readFileSync(path, 'utf8');
    const markdown = file.endsWith('.md');
    const { skip, urls } = regions(text, markdown);
    const spans = [];
    findings.forEach((f, j) => {
      const at = `${file} finding ${j}`;
      if (!f || typeof f !== 'object') { problems.push(`${at}: not an object`); return; }
      const fx = Object.keys(f).filter((k) => !['guideline', 'quote', 'why'].includes(k));
      if (fx.length) problems.push(`${at}: unknown keys ${fx.join(', ')}`);
      if (!GUIDELINES.includes(f.guideline)) problems.push(`${at}: unknown guideline "${f.guideline}"`);
      if (typeof f.why !== 'string' || !f.why.trim() || /\n/.test(f.why)) problems.push(`${at}: why must be one non-empty line`);
      const q = f.quote;
      if (typeof q !== 'string' || !q) { problems.push(`${at}: quote must be a non-empty string`); return; }
      if (q !== q.trim()) problems.push(`${at}: quote has leading or trailing white space`);
      if (/\n/.test(q)) problems.push(`${at}: quote spans lines`);
      const words = q.trim().split(/\s+/).length;
      if (words > MAX_QUOTE_WORDS) problems.push(`${at}: quote has ${words} words (max ${MAX_QUOTE_WORDS})`);
      const occ = occurrences(text, q);
      if (occ.length !== 1) {
        problems.push(`${at}: quote ${JSON.stringify(q)} occurs ${occ.length} times in the file (must be exactly once)`);
        return;
      }
      const start = occ[0];
      const end = start + q.length;
      for (const [s, e, what] of skip) {
        if (overlaps(start, end, s, e)) problems.push(`${at}: quote ${JSON.stringify(q)} overlaps ${what}, which a linter must skip`);
      }
      for (const [s, e] of urls) {
        if (start >= s && end <= e) problems.push(`${at}: quote ${JSON.stringify(q)} lies inside a URL, which a linter must skip`);
      }
      for (const o of spans) {
        if (o.guideline === f.guideline && o.quote === q) problems.push(`${at}: duplicate finding (${f.guideline}, ${JSON.stringify(q)})`);
        else if (o.guideline === f.guideline && overlaps(start, end, o.start, o.end)) {
          problems.push(`${at}: overlaps another ${f.guideline} label (${JSON.stringify(o.quote)}); same-guideline labels must not overlap`);
        }
      }
      spans.push({ guideline: f.guideline, quote: q, why: f.why, start, end });
    });
    cases.push({ file, lang, kind, text, markdown, skip, urls, spans });
  });

  if (existsSync(casesDir)) {
    for (const f of readdirSync(casesDir).sort()) {
      if (!FILE_RE.test(f)) problems.push(`cases/${f}: unexpected file name (want ${FILE_RE})`);
      else if (!seen.has(f)) problems.push(`cases/${f}: has no entry in labels.json`);
    }
  } else problems.push('cases/: directory missing');
  return { problems, cases };
}

// ---------------------------------------------------------------------------

function countsTable(cases) {
  const rows = GUIDELINES.map((g) => {
    const r = { g, en: 0, fr: 0, files: new Set() };
    for (const c of cases) for (const s of c.spans) if (s.guideline === g) { r[c.lang]++; r.files.add(c.file); }
    return r;
  });
  const pad = (s, n) => String(s).padEnd(n);
  const num = (s, n) => String(s).padStart(n);
  const out = [];
  out.push(`${pad('guideline', 22)}${num('en', 5)}${num('fr', 5)}${num('total', 7)}${num('files', 7)}`);
  out.push('-'.repeat(46));
  for (const r of rows) out.push(`${pad(r.g, 22)}${num(r.en, 5)}${num(r.fr, 5)}${num(r.en + r.fr, 7)}${num(r.files.size, 7)}`);
  out.push('-'.repeat(46));
  const en = rows.reduce((a, r) => a + r.en, 0);
  const fr = rows.reduce((a, r) => a + r.fr, 0);
  out.push(`${pad('all findings', 22)}${num(en, 5)}${num(fr, 5)}${num(en + fr, 7)}`);
  out.push('');
  out.push(`${pad('language', 10)}${num('cases', 7)}${num('clean', 7)}${num('findings', 10)}${num('md', 5)}${num('txt', 5)}`);
  out.push('-'.repeat(44));
  for (const lang of [...LANGS, 'all']) {
    const cs = cases.filter((c) => lang === 'all' || c.lang === lang);
    out.push(`${pad(lang, 10)}${num(cs.length, 7)}${num(cs.filter((c) => !c.spans.length).length, 7)}` +
      `${num(cs.reduce((a, c) => a + c.spans.length, 0), 10)}${num(cs.filter((c) => c.markdown).length, 5)}` +
      `${num(cs.filter((c) => !c.markdown).length, 5)}`);
  }
  out.push('');
  const kinds = KINDS.map((k) => `${k} ${cases.filter((c) => c.kind === k).length}`).join(', ');
  out.push(`kinds: ${kinds}`);
  return out.join('\n');
}

function spansJson(cases) {
  const out = [];
  for (const c of cases) {
    for (const s of c.spans) {
      const { line, column } = lineCol(c.text, s.start);
      out.push({
        file: c.file, lang: c.lang, kind: c.kind, guideline: s.guideline, quote: s.quote,
        start: s.start, end: s.end,
        cpStart: codePoints(c.text.slice(0, s.start)), cpEnd: codePoints(c.text.slice(0, s.end)),
        line, column,
      });
    }
  }
  return JSON.stringify(out, null, 1);
}

// ---------------------------------------------------------------------------
// --audit: candidate spans that no label covers, for a human to accept as hard negatives
// or to label. Crude on purpose; every hit needs a human decision.

const NAMES = new Set(('CERN ATLAS CMS ALICE LHCb AMS ISOLDE EPFL MIT CNRS DESY NASA ESA EU UE UN UK US USA ' +
  'PhD AI IA IT TV OK FAQ PDF CV VPN GPU CPU CEO CHF EUR USD SA AG').split(' '));
const HINTS = [
  ['responsible', /\b(off the record|(just )?between us|don'?t tell anyone|furious|angry|entre nous|ne le dites à personne|ne le répétez à personne|furieux|furieuse|en colère|à chaud)\b/giu],
  ['correct', /\b(studies show|proven fact|everyone knows|scientists agree|i heard|i hear|apparently|rumou?r|word is|forever|selon des études|des études montrent|fait prouvé|tout le monde sait|unanimes|il paraît|j'ai entendu|apparemment|rumeur)\b/giu],
  ['clear', /\b(femtobarns?|fb-1|sigma|pile-?up|empilement|luminosit\w*|trigger|[GMT]eV|cross[- ]section|quench\w*|transition résistive|croisement)\b/giu],
  ['as-yourself', /\b(official position|on behalf of|we at CERN|policy|position officielle|au nom du|nous, au CERN|politique)\b/giu],
  ['link-dont-copy', /\b(full text|copied from|in full|copie-colle|copié|texte complet|texte intégral)\b/giu],
  ['endorsement', /\b(recommend\w*|recommande\w*|best|meilleur\w*|code promo|use (my )?code|affiliate|discount|promo|uses)\b/giu],
  ['conduct', /\b(shit\w*|fuck\w*|crap|damn|idiot\w*|moron|clown|troll|guys|insane|crazy|lame|dumb|putain|merde|connard|abruti\w*|débile|gars|autiste)\b/giu],
  ['reputation', /\b(incompetent|incompétence|sloppy|bâclé\w*|useless|disaster|fired|management|direction)\b/giu],
  ['confidentiality', /\b(confidenti\w*|internal only|usage interne|embargo\w*|password|mot de passe|token|api key|unpublished|non publiés?|closed meeting|code \d{3,}|millions?)\b/giu],
  ['intellectual-property', /\b(logo|google images|pinterest|not my photo|found (this|it) on|trouvée? sur)\b/giu],
  ['accessibility', /\b(click here|cliquez ici)\b|!\[\s*\]\(/giu],
  ['ai-transparency', /(as an ai|language model|modèle de langage|certainly!|bien sûr ?!|here's a \w+ post|voici une publication|\[insert|\[insérer|feel free to adjust|let me know if you would like|i hope this helps)/giu],
];
const PLATFORM_URL_LENGTH = 23;

function audit(cases) {
  const out = [];
  for (const c of cases) {
    const hidden = (s, e) => c.skip.some(([a, b]) => overlaps(s, e, a, b)) || c.urls.some(([a, b]) => s >= a && e <= b);
    const covered = (s, e) => c.spans.some((x) => overlaps(s, e, x.start, x.end));
    const hint = (s, e, what) => {
      if (hidden(s, e) || covered(s, e)) return;
      const { line, column } = lineCol(c.text, s);
      out.push(`${c.file}:${line}:${column}  ${what.padEnd(22)} ${JSON.stringify(c.text.slice(s, e))}`);
    };
    for (const [g, re] of HINTS) for (const m of c.text.matchAll(re)) hint(m.index, m.index + m[0].length, g);
    // Acronyms: first occurrence, unless it is the "(ABC)" of an expansion or a name.
    const firstSeen = new Set();
    for (const m of c.text.matchAll(/(?<![\p{L}\p{N}#@_-])[\p{Lu}\p{N}][\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}]*(?![\p{L}\p{N}_])/gu)) {
      const tok = m[0];
      if (hidden(m.index, m.index + tok.length) || NAMES.has(tok) || firstSeen.has(tok)) continue;
      firstSeen.add(tok);
      if (c.text[m.index - 1] === '(') continue;
      hint(m.index, m.index + tok.length, 'clear (acronym?)');
    }
    for (const m of c.text.matchAll(/(?:\b[\p{Lu}'’]{2,}\b[\s,.]+){2,}/gu)) hint(m.index, m.index + m[0].trimEnd().length, 'reasonable (caps?)');
    for (const m of c.text.matchAll(/!{2,}|[!?]{3,}/g)) hint(m.index, m.index + m[0].length, 'reasonable (!!)');
    for (const m of c.text.matchAll(/(?:\p{Extended_Pictographic}\uFE0F?\s*){3,}/gu)) hint(m.index, m.index + m[0].trimEnd().length, 'emoji run');
    for (const m of c.text.matchAll(/^[ \t]*(?:[-*][ \t]+)?\p{Extended_Pictographic}/gmu)) hint(m.index, m.index + m[0].length, 'emoji bullet?');
    const tags = [...c.text.matchAll(/(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]+/gu)].filter((m) => !hidden(m.index, m.index + m[0].length));
    for (const m of tags) if (m[0] === m[0].toLowerCase() && m[0].length >= 9) hint(m.index, m.index + m[0].length, 'hashtag (multi-word?)');
    if (tags.length >= 5) hint(tags[0].index, tags[0].index + tags[0][0].length, `hashtags (${tags.length})`);
    const mentions = [...c.text.matchAll(/(?<![\w@])@[A-Za-z0-9_.]+/g)];
    if (mentions.length >= 4) hint(mentions[0].index, mentions[0].index + mentions[0][0].length, `mentions (${mentions.length})`);
    for (const m of c.text.matchAll(/[\w.+-]+@[\w-]+\.[\w.-]*\w/g)) hint(m.index, m.index + m[0].length, 'privacy (e-mail)');
    for (const m of c.text.matchAll(/\+?\d(?:[ .-]?\d){7,}/g)) hint(m.index, m.index + m[0].length, 'privacy (number)');
    // Long sentences in prose (> 35 words), skipping code and front matter.
    let prose = c.text;
    for (const [s, e] of c.skip) prose = prose.slice(0, s) + ' '.repeat(e - s) + prose.slice(e);
    for (const m of prose.matchAll(/[^.!?\n]+(?:[.!?]+|\n|$)/g)) {
      const words = m[0].trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      if (words > 35) {
        const s = m.index + (m[0].length - m[0].trimStart().length);
        const c2 = c.spans.some((x) => x.guideline === 'clear' && overlaps(s, m.index + m[0].length, x.start, x.end));
        if (!c2) hint(s, s + Math.min(60, m[0].trim().length), `clear (${words} words)`);
      }
    }
    const limit = PLATFORM_LIMITS[c.kind];
    if (limit) {
      let len = 0;
      const body = c.text.trimEnd();
      const urlMask = c.urls.map(([s, e]) => [s, e]);
      for (let i = 0; i < body.length;) {
        const u = urlMask.find(([s]) => s === i);
        if (u) { len += PLATFORM_URL_LENGTH; i = u[1]; continue; }
        const cp = body.codePointAt(i);
        len += 1;
        i += cp > 0xffff ? 2 : 1;
      }
      const flagged = c.spans.some((x) => x.guideline === 'reasonable' && /limit/.test(x.why));
      if (len > limit && !flagged) out.push(`${c.file}  reasonable: ${len} characters, over the ${c.kind} limit of ${limit}, no label`);
      if (len <= limit && flagged) out.push(`${c.file}  reasonable: labelled over-long but ${len} <= ${limit}`);
      if (flagged) {
        for (const x of c.spans.filter((y) => y.guideline === 'reasonable' && /limit/.test(y.why))) {
          if (codePoints(c.text.slice(0, x.start)) < limit) out.push(`${c.file}  reasonable: over-length quote starts before character ${limit}`);
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

/** Validates the set in `dir` as the command-line options `argv` ask; sets the exit code on a problem. */
export function main(argv, dir) {
  const { problems, cases } = load(dir);
  // With --spans, stdout carries only the JSON, so it can be piped; the rest goes to stderr.
  const spans = argv.includes('--spans');
  const say = spans ? console.error : console.log;
  if (spans) console.log(spansJson(cases));
  if (argv.includes('--audit')) {
    const hints = audit(cases);
    say(`audit: ${hints.length} uncovered candidate(s); each is a hard negative or a missing label\n`);
    for (const h of hints) say(h);
    say('');
  }
  say(countsTable(cases));
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exitCode = 1;
  } else {
    say('\nlabels OK');
  }
}
