import { ruleTester } from '../../helpers/rule-tester';

const fr = 'fr' as const;

ruleTester('all-caps', {
  valid: [
    'The LHC and the SPS are running.',
    'HL-LHC WP3 passed its review.',
    'I LOVE it.',
    'CERN OK',
    'Big day for ATLAS CMS ALICE LHCb.',
    { name: 'French: acronyms', language: fr, text: 'Une collaboration entre le CNRS, l’ETH, l’EPFL et le CEA autour du LHC.' },
    { name: 'French: acronyms side by side', language: fr, text: 'Réunion CERN UNIGE HES-SO IN2P3 lundi.' },
    { name: 'French: Roman numerals', language: fr, text: 'Louis XIV aurait adoré le RUN III et le chapitre IV.' },
    { name: 'French: one shouted word', language: fr, text: 'C’est URGENT : répondez avant midi.' },
    { name: 'French: an acronym after an elision', language: fr, text: 'Merci à l’EPFL ET à l’UNIGE.' },
  ],
  invalid: [
    {
      text: 'Rumour has it the beam is back. IF TRUE THIS IS HUGE!!! #physics',
      findings: [{ text: 'IF TRUE THIS IS HUGE', message: 'Write `IF TRUE THIS IS HUGE` in normal case: capitals read as shouting.' }],
      output: 'Rumour has it the beam is back. If true this is huge!!! #physics',
    },
    {
      name: 'acronyms inside the run keep their capitals',
      text: 'We FOUND THE BUG IN THE LHC FIRMWARE today',
      findings: [{ text: 'FOUND THE BUG IN THE LHC FIRMWARE' }],
      output: 'We found the bug in the LHC firmware today',
    },
    {
      name: 'French: elisions in capitals',
      language: fr,
      text: "Franchement, C'EST D'UNE BÊTISE SANS NOM !",
      findings: [{ text: "C'EST D'UNE BÊTISE SANS NOM", message: "Écrivez `C'EST D'UNE BÊTISE SANS NOM` en minuscules\u00a0: les majuscules donnent l'impression que vous criez." }],
      output: "Franchement, c'est d'une bêtise sans nom !",
    },
    {
      name: 'French: accented capitals and a curly apostrophe, at the start of the sentence',
      language: fr,
      text: 'TELLEMENT HEUREUSE POUR L’ÉQUIPE CE MATIN 🎉',
      findings: [{ text: 'TELLEMENT HEUREUSE POUR L’ÉQUIPE CE MATIN' }],
      output: 'Tellement heureuse pour l’équipe ce matin 🎉',
    },
    {
      name: 'French: capitals without their accents get them back in the fix',
      language: fr,
      text: 'Résultats validés : C’EST ENORME ET INADMISSIBLE DE NE PAS LE DIRE.',
      findings: [{ text: 'C’EST ENORME ET INADMISSIBLE DE NE PAS LE DIRE' }],
      output: 'Résultats validés : c’est énorme et inadmissible de ne pas le dire.',
    },
    {
      name: 'French: an acronym in the run keeps its capitals, after an elision too',
      language: fr,
      text: 'VOTEZ AVANT LUNDI POUR L’EPFL ET LE CERN !',
      findings: [{ text: 'VOTEZ AVANT LUNDI POUR L’EPFL ET LE' }],
      output: 'Votez avant lundi pour l’EPFL et le CERN !',
    },
    {
      name: 'French: a run over two sentences keeps a capital at each',
      language: fr,
      text: 'C’EST FINI. MERCI À TOUS.',
      findings: [{ text: 'C’EST FINI. MERCI À TOUS' }],
      output: 'C’est fini. Merci à tous.',
    },
    {
      name: 'French: hyphenated words',
      language: fr,
      text: 'ABONNEZ-VOUS VITE, c’est gratuit.',
      findings: [{ text: 'ABONNEZ-VOUS VITE' }],
      output: 'Abonnez-vous vite, c’est gratuit.',
    },
    {
      name: 'French: no fix when the missing accents are ambiguous (élève, élevé)',
      language: fr,
      text: 'UN ELEVE BRILLANT',
      findings: [{ text: 'UN ELEVE BRILLANT' }],
      output: 'UN ELEVE BRILLANT',
    },
  ],
});
