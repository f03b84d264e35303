import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('rumour', {
  valid: [
    'I heard the magnets ramp up from the corridor today, a low hum you feel more than hear.',
    'At night I heard the building hum.',
    'I heard a great talk about neutrinos this morning.',
    'Apparently simple questions are the hardest ones to answer.',
    'It was an apparently harmless change to the firmware.',
    'We heard from hundreds of users in the survey.',
    { name: 'a marker with its source in the same sentence', text: 'Sources say the LHC is 27 km long (see the CERN FAQ).' },
    { name: '"heard that" + a noun is a talk, not news', text: 'I heard that talk already, it was great.' },
    { name: 'a rumour marker in inline code', text: 'The phrase `rumour has it` is a red flag.', format: 'markdown' },
    { name: 'French: « paraît » as a verb of seeming', language: 'fr', text: 'Le montage paraît simple, il ne l\'est pas ; la réponse paraît évidente.' },
    { name: 'French: sounds heard', language: 'fr', text: 'Ce matin, j\u2019ai entendu le sifflement de la pompe et la sirène de l\'exercice.' },
    { name: 'French: background noise is physics', language: 'fr', text: 'Les bruits de fond sont soustraits avant l\'ajustement ; le bruit de fond domine sous 10 GeV.' },
    { name: 'French: « on dit que » defining a word', language: 'fr', text: 'On dit qu\'un aimant est supraconducteur lorsqu\'il conduit sans perte, et que l’événement «\u00a0se propage\u00a0» dans l’arbre.' },
    { name: 'French: « apparemment » as an adverb of an adjective', language: 'fr', text: 'Son exposé, sur une question apparemment technique, a passionné la salle.' },
    { name: 'French: a rumour marker with its source in the same sentence', language: 'fr', text: 'Il paraît que le LHC mesure 27 km (voir la FAQ du CERN).' },
  ],
  invalid: [
    {
      text: 'Rumour has it the LHC beam is back two weeks early this year.',
      findings: [{ text: 'Rumour has it', message: 'Check the claim that `Rumour has it` introduces before you post it: hearsay is not news. Link a source or leave it out.' }],
    },
    {
      name: '"heard" for a sound, then "heard" for news, in one paragraph',
      text: 'I heard the magnets ramp up from the corridor today. I also heard the next long shutdown is being pushed back a year.',
      findings: [{ text: 'I also heard' }],
    },
    {
      text: 'The policy is a mistake. I hear it will be quietly reversed next year.',
      findings: [{ text: 'I hear' }],
    },
    {
      text: 'We built cloud chambers. Apparently the organisers are going to stop the programme next year.',
      findings: [{ text: 'Apparently' }],
    },
    {
      text: 'The visitor centre is apparently going to close in June.',
      findings: [{ text: 'apparently' }],
    },
    {
      text: 'Word is that the review committee wants more data, and sources say the DG agrees.',
      findings: [{ text: 'Word is that' }, { text: 'sources say' }],
    },
    {
      text: 'I heard that the DG wants a new logo.',
      findings: [{ text: 'I heard' }],
    },
    {
      name: 'French: « il paraît que », not « paraît naïve »',
      language: 'fr',
      text: 'La réponse paraît évidente. Il paraît que le séminaire de jeudi saute.',
      findings: [{ text: 'Il paraît que', message: 'Vérifiez l\'affirmation qu\'introduit `Il paraît que` avant de la publier\u00a0: une rumeur n\'est pas une information. Donnez une source ou retirez-la.' }],
    },
    {
      name: 'French: hearsay in many phrasings, with elisions and no-break spaces',
      language: 'fr',
      text: 'Paraît que la navette du soir disparaît\u202f! Il paraît qu’un nouveau chef arrive. J\'ai eu vent que le hall 180 ferme.',
      findings: [{ text: 'Paraît que' }, { text: 'Il paraît qu’un' }, { text: 'J\'ai eu vent que' }],
    },
    {
      name: 'French: unverifiable sources and consensus markers',
      language: 'fr',
      text: 'Selon des bruits de couloir, le run démarre en avance. D’après mes sources, le budget serait coupé. On dit que les navettes seront payantes. Je le sais de source sûre.',
      findings: [{ text: 'Selon des bruits de couloir' }, { text: 'D’après mes sources' }, { text: 'On dit que' }, { text: 'de source sûre' }],
    },
  ],
});

frenchMessagesTest('rumour');
