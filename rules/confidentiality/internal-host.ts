import type { BlockContext, Fix, Language, Report } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactionOf } from '../kinds/redaction';
import { PhraseSet } from '../kinds/phrase-set';
import { dataFor, type Detector, type RuleSpec } from '../pack/spec';

/** One language's words for machines, its message and its fix. */
interface Lexicon {
  file: RuleData;
  machineWords: PhraseSet;
  redact: (start: number, end: number) => Fix;
}

/** Domains and host names, which are in no language: every section's lists count, so a section need not repeat them. */
interface HostLists {
  internalDomains: string[];
  internalLabels: string[];
  publicHosts: Set<string>;
}

function lexiconOf(file: RuleData, language: Language): Lexicon {
  // In French, a machine word also matches it with an elision (`hôte` in `l'hôte`).
  return { file, machineWords: new PhraseSet(dataStrings(file, 'machineWords'), 'machineWords', language), redact: redactionOf(file) };
}

function hostListsOf(spec: RuleSpec): HostLists {
  const all = (key: string): string[] => Object.values(spec.data).flatMap((file) => dataStrings(file, key));
  return {
    internalDomains: all('internalDomains'),
    internalLabels: all('internalLabels').map((l) => l.toLowerCase()),
    publicHosts: new Set(all('publicHosts').map((h) => h.toLowerCase())),
  };
}

/** A dotted host name; labels are one class each, separated by a literal dot: linear. Not part of an e-mail address or a path. */
const HOST = /(?<![\p{L}\p{N}@._/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])/giu;
/** A bare machine name: two or more hyphenated parts, the last letters then digits (`mag-test-srv02`). */
const BARE_MACHINE = /(?<![\p{L}\p{N}@._/-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z]+\d{1,4}(?![\p{L}\p{N}@_/-]|\.[\p{L}\p{N}])/gu;
/** What a block needs for HOST (a dot between two letters or digits) and BARE_MACHINE (a hyphen, letters, a digit): most blocks have neither, and skip the scans. */
const MAY_HAVE_HOST = /[a-z0-9-]\.[a-z0-9-]/iu;
const MAY_HAVE_MACHINE = /-[a-z]+\d/u;

/** A machine-like first label: it has a digit, or two hyphens (`atlas-upg-ana03`, `db-prod-west`). */
const machineLike = (label: string): boolean => /\d/.test(label) || (label.match(/-/g) ?? []).length >= 2;

/**
 * Whether `host` lies in the organisation's domain (`<name>.<tld>`, `x.<name>.<tld>`), ends in
 * an internal-only domain (`build-node07.corp`), or has an internal label between the machine
 * and its public domain (`calib-db02.int.example.org`; `who.int` is a public domain).
 */
function isInternalDomain(host: string, organisation: readonly string[], { internalDomains, internalLabels }: HostLists): boolean {
  const labels = host.toLowerCase().split('.');
  const names = organisation.map((n) => n.toLowerCase().replace(/[^a-z0-9-]/g, ''));
  if (labels.slice(1, -1).some((label) => names.includes(label))) return true;
  if (labels.slice(1, -2).some((label) => internalLabels.includes(label))) return true;
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
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language), language)]));
    const hosts = hostListsOf(spec);
    return {
      meta: spec.meta,
      checkBlock: function internalHostCheck({ block, analysis, settings, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { file, machineWords, redact } = lexicon;
        const found: { index: number; text: string }[] = [];
        for (const m of MAY_HAVE_HOST.test(block.text) ? block.text.matchAll(HOST) : []) {
          const host = m[0];
          const [first] = host.split('.');
          if (hosts.publicHosts.has(host.toLowerCase()) || !machineLike(first) || !isInternalDomain(host, settings.organisation, hosts)) continue;
          found.push({ index: m.index, text: host });
        }
        for (const m of MAY_HAVE_MACHINE.test(block.text) ? block.text.matchAll(BARE_MACHINE) : []) {
          if (found.some((f) => f.index <= m.index && m.index < f.index + f.text.length)) continue;
          if (machineWords.inSentenceOf(analysis, block.start + m.index)) found.push({ index: m.index, text: m[0] });
        }
        return found.map(({ index, text }) => {
          const start = block.start + index;
          const end = start + text.length;
          return { start, end, message: formatMessage(file.messages.default, { actual: text }), fixes: [redact(start, end)] };
        });
      },
    };
  },
};
