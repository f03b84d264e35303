import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('unsourced-claim', {
  valid: [
    'Studies show that hands-on days help students (Smith et al. 2020).',
    'Research shows the same effect [4].',
    'Experts agree on the value, according to the review (2023 edition).',
    'Not everyone knows where Building 40 is.',
    'Scientists agree, see https://example.org/consensus for the survey.',
    { name: 'a claim with a Markdown link in the same sentence', text: 'Studies show that outreach works ([review](https://example.org/review)), so we keep doing it.', format: 'markdown' },
    { name: 'the phrase in inline code', text: 'Never write `studies show` without a link.', format: 'markdown' },
    { name: 'the phrase in front matter', text: '---\ntitle: Studies show everything\n---\n\nA quiet post.', format: 'markdown' },
    { name: 'French: knowing a place is not a claim', language: 'fr', text: 'Tout le monde sait où se trouve la cafétéria.' },
    { name: 'French: a negated « tout le monde sait »', language: 'fr', text: 'Tout le monde ne sait pas que l\'accélérateur est souterrain, d\'où la visite.' },
    { name: 'French: a proven claim with its reference', language: 'fr', text: 'Il est prouvé que l\'effet existe (Dupont et al. 2021).' },
    { name: 'French: our own data', language: 'fr', text: 'Nos données montrent un excès à 125 GeV.' },
    { name: 'French: researchers agreeing to come', language: 'fr', text: 'Les chercheurs sont d\'accord pour venir à la journée portes ouvertes.' },
    { name: 'French: « on sait que » explaining physics', language: 'fr', text: 'On sait que les neutrinos ont une masse depuis 1998, et nous savons que vous attendez la suite.' },
    { name: 'French: someone known for his jokes', language: 'fr', text: 'Il est connu pour ses blagues, que tout le monde adore.' },
  ],
  invalid: [
    {
      text: 'Studies show that stories like this double public interest in physics, so please share widely.',
      findings: [{ text: 'Studies show', message: 'Link the source behind `Studies show` in the same sentence, or say that it is your opinion: check the claim before you post it.' }],
    },
    {
      name: 'a link in the next sentence does not source the claim',
      text: 'Scientists agree that the next collider will find dark matter. Read more: https://example.org/collider',
      findings: [{ text: 'Scientists agree that' }],
    },
    {
      text: 'Scientists agree that the next big collider will find dark matter. Everyone knows the Standard Model is basically dead.',
      findings: [
        { text: 'Scientists agree that' },
        { text: 'Everyone knows', message: 'Link a source for the claim that `Everyone knows` introduces, or say that it is your opinion: appeals to what everyone knows are not facts.' },
      ],
    },
    {
      text: 'It is a proven fact that physicists solve problems best.',
      findings: [{ text: 'It is a proven fact' }],
    },
    {
      name: 'French: an unsourced consensus',
      language: 'fr',
      text: 'Les chercheurs sont unanimes là-dessus. Selon une étude (voir le rapport), le reste suit.',
      findings: [{ text: 'Les chercheurs sont unanimes', message: 'Donnez la source de `Les chercheurs sont unanimes` dans la même phrase (lien ou référence), ou présentez-le comme votre avis\u00a0: vérifiez avant de publier.' }],
    },
    {
      name: 'French: appeals to unnamed studies',
      language: 'fr',
      text: 'Les études prouvent que le télétravail aide. Une étude récente a montré le contraire\u202f! Selon des études, tout va bien.',
      findings: [{ text: 'Les études prouvent' }, { text: 'Une étude récente a montré' }, { text: 'Selon des études' }],
    },
    {
      name: 'French: common knowledge and proof, in many phrasings',
      language: 'fr',
      text: 'Tout le monde sait que ça marche. Il est bien connu que les aimants chauffent. C’est scientifiquement prouvé. Il est démontré depuis longtemps que le vide abîme les joints.',
      findings: [
        { text: 'Tout le monde sait que', message: 'Donnez une source pour l\'affirmation qu\'introduit `Tout le monde sait que`, ou présentez-la comme votre avis\u00a0: ce que «\u00a0tout le monde sait\u00a0» n\'est pas un fait.' },
        { text: 'Il est bien connu que' },
        { text: 'C’est scientifiquement prouvé' },
        { text: 'Il est démontré depuis longtemps que' },
      ],
    },
  ],
});

frenchMessagesTest('unsourced-claim');
