import type { BlockContext, Language, Report } from '../api';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactFix } from '../kinds/regex';
import { PhraseSet } from '../kinds/phrase-set';
import { dataFor, type Detector } from '../pack/spec';

/** One language's host lists. */
interface Lexicon {
  file: RuleData;
  internalDomains: string[];
  publicHosts: Set<string>;
  machineWords: PhraseSet;
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    file,
    internalDomains: dataStrings(file, 'internalDomains'),
    publicHosts: dataSet(file, 'publicHosts'),
    machineWords: new PhraseSet(dataStrings(file, 'machineWords'), 'machineWords'),
  };
}

/** A dotted host name; labels are one class each, separated by a literal dot: linear. Not part of an e-mail address or a path. */
const HOST = /(?<![\p{L}\p{N}@._/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])/giu;
/** A bare machine name: two or more hyphenated parts, the last letters then digits (`mag-test-srv02`). */
const BARE_MACHINE = /(?<![\p{L}\p{N}@._/-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z]+\d{1,4}(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])/gu;

/** A machine-like first label: it has a digit, or two hyphens (`atlas-upg-ana03`, `db-prod-west`). */
const machineLike = (label: string): boolean => /\d/.test(label) || (label.match(/-/g) ?? []).length >= 2;

/** Whether `host` lies in the organisation's domain (`<name>.<tld>`, `x.<name>.<tld>`) or an internal-only domain. */
function isInternalDomain(host: string, organisation: readonly string[], internalDomains: readonly string[]): boolean {
  const labels = host.toLowerCase().split('.');
  const names = organisation.map((n) => n.toLowerCase().replace(/[^a-z0-9-]/g, ''));
  if (labels.slice(1, -1).some((label) => names.includes(label))) return true;
  return internalDomains.some((domain) => host.toLowerCase().endsWith(`.${domain}`));
}

/**
 * `confidentiality`: names of the organisation's machines (`atlas-upg-ana03.cern.ch`, or a bare
 * `mag-test-srv02` next to "server" or "ssh") tell attackers what to target. Public web hosts
 * (`indico.cern.ch`) and names without a machine-like label stay quiet.
 */
export const internalHost: Detector = {
  name: 'internal-host',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkBlock: function internalHostCheck({ block, analysis, settings, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, internalDomains, publicHosts, machineWords } = lexicon;
        const found: { index: number; text: string }[] = [];
        for (const m of block.text.matchAll(HOST)) {
          const host = m[0];
          const [first] = host.split('.');
          if (publicHosts.has(host.toLowerCase()) || !machineLike(first) || !isInternalDomain(host, settings.organisation, internalDomains)) continue;
          found.push({ index: m.index, text: host });
        }
        for (const m of block.text.matchAll(BARE_MACHINE)) {
          if (found.some((f) => f.index <= m.index && m.index < f.index + f.text.length)) continue;
          if (machineWords.inSentenceOf(analysis, block.start + m.index)) found.push({ index: m.index, text: m[0] });
        }
        return found.map(({ index, text }) => {
          const start = block.start + index;
          const end = start + text.length;
          return { start, end, message: formatMessage(file.messages.default, { actual: text }), fixes: [redactFix(start, end)] };
        });
      },
    };
  },
};
