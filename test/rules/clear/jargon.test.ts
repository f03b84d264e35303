import { ruleTester } from '../../helpers/rule-tester';

ruleTester('jargon', {
  valid: [
    'The machine came back with higher luminosity, a measure of how many collisions it produces.',
    'We reached a record luminosity (the collision rate) on Sunday.',
    '"Luminosity" is the physicists\' word for how many collisions the machine delivers.',
    'We collected 9 inverse femtobarns. That is, about a million billion collisions.',
    'The poster shows a cross-section of the detector.',
    'Sigma Xi is a research society.',
    { name: 'an expert audience', text: 'The pileup was brutal.', settings: { audience: 'expert' } },
    { name: 'a term in a code block', text: '```\nlumi = luminosity(run)\n```', format: 'markdown' },
    { name: 'French: `luminosité` alone is an everyday word', language: 'fr', text: 'La luminosité du matin sur le Jura est magnifique.' },
    { name: 'French: an everyday `empilement`', language: 'fr', text: 'Un empilement de cartons bloque le couloir depuis lundi.' },
    { name: 'French: explained by `c’est-à-dire`', language: 'fr', text: 'La luminosité intégrée, c’est-à-dire le nombre total de collisions, a doublé.' },
    { name: 'French: explained in the next sentence', language: 'fr', text: 'Le pile-up reste élevé. Autrement dit, plusieurs collisions se superposent.' },
    { name: 'French: a term in « » quotes is mentioned', language: 'fr', text: '«\u00a0Empilement\u00a0» est le mot des physiciens pour des collisions simultanées.' },
    { name: 'French: known words', language: 'fr', text: 'Le boson de Higgs a été découvert en 2012 et l’antimatière fascine toujours.' },
    { name: 'French: a run that is not data taking', language: 'fr', text: 'J’ai fait un run de 10 km ce matin au bord du lac.' },
    { name: 'French: `Run 3` is a name', language: 'fr', text: 'Le Run 3 a commencé en 2022, avec des collisions record.' },
    { name: 'French: an idiom', language: 'fr', text: 'Depuis son retard, le chef l’a dans le collimateur.' },
    { name: 'French: `sigma` with no number', language: 'fr', text: 'Sigma est le nom de notre club de lecture.' },
    { name: 'French: an everyday `déclencheur`', language: 'fr', text: 'L’élément déclencheur a été une discussion à la cafétéria.' },
    { name: 'French: a unit explained in parentheses', language: 'fr', text: 'Une bosse à 750\u00a0GeV (environ 800 fois la masse d’un proton).' },
    { name: 'French: an expert audience', language: 'fr', text: 'L’empilement était terrible, avec 60 collisions par croisement.', settings: { audience: 'expert' } },
  ],
  invalid: [
    {
      text: 'After the break the machine came back with higher luminosity. Our trigger menu was tuned for lower pileup.',
      findings: [
        { text: 'luminosity', message: 'Use `collision rate` instead of `luminosity`, or explain the term: a wide audience may not know it.' },
        { text: 'trigger menu' },
        { text: 'pileup' },
      ],
      output: 'After the break the machine came back with higher collision rate. Our rules that pick which collisions to keep was tuned for lower overlapping collisions.',
    },
    {
      name: 'units with their number',
      text: 'We collected almost 9 inverse femtobarns and 2 fb-1 and see a 3.4 sigma excess at 650 GeV.',
      findings: [
        { text: '9 inverse femtobarns', message: 'Explain `9 inverse femtobarns` in plain words, or leave it out: a wide audience may not know it.' },
        { text: '2 fb-1' },
        { text: '3.4 sigma' },
        { text: '650 GeV' },
      ],
    },
    { name: 'a spelled number', text: 'We need five sigma for a discovery.', findings: [{ text: 'five sigma' }] },
    {
      name: 'French: units with decimal commas and grouped digits, and an elided term',
      language: 'fr',
      text: 'On a accumulé 3,2 fb⁻¹, vu un excès à 2,8 sigma à 1\u00a0250 GeV, et l’empilement atteint 60 collisions.',
      findings: [
        { text: '3,2 fb⁻¹', message: 'Expliquez `3,2 fb⁻¹` en mots simples, ou retirez-le\u00a0: un large public ne le connaît peut-être pas.' },
        { text: '2,8 sigma' },
        { text: '1\u00a0250 GeV' },
        { text: 'empilement' },
      ],
    },
    {
      name: 'French: replacements as fixes',
      language: 'fr',
      text: 'Notre analyse mesure la section efficace de production. La luminosité instantanée a doublé.',
      findings: [
        { text: 'section efficace', message: 'Écrivez `probabilité` plutôt que `section efficace`, ou expliquez le terme\u00a0: un large public ne le connaît peut-être pas.' },
        { text: 'luminosité instantanée' },
      ],
      output: 'Notre analyse mesure la probabilité de production. La fréquence des collisions a doublé.',
    },
    {
      name: 'French: a replacement at the start of a sentence',
      language: 'fr',
      text: 'Transition résistive cette nuit : l’aimant s’est arrêté.',
      findings: [{ text: 'Transition résistive' }],
      output: 'Perte soudaine de la supraconductivité cette nuit : l’aimant s’est arrêté.',
    },
    { name: 'French: an anglicism next to its cue', language: 'fr', text: 'Le run de cette nuit a donné de belles collisions.', findings: [{ text: 'run' }] },
    { name: 'French: a spelled number', language: 'fr', text: 'Il faut cinq sigmas pour annoncer une découverte.', findings: [{ text: 'cinq sigmas' }] },
  ],
});
