import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('promotion', {
  valid: [
    'We analyse data in Python and ROOT and keep everything in Git.',
    'My PhD is funded by the Marie Skłodowska-Curie programme.',
    'The best part of a night shift is the company.',
    'Best day ever at the lab!',
    'I highly recommend reading the paper before the talk.',
    'Feel free to use my code for your own analysis.',
    'CERN uses superconducting magnets to bend the beams.',
    'Message me for the slides.',
    'Buy a ticket at the entrance, then take the lift.',
    'Ping me if you want the slides of the talk.',
    { name: 'French: a colleague to see, not a shop', language: 'fr', text: 'Passez voir Claire au secrétariat de ma part pour votre badge.' },
    { name: 'the phrase in inline code', text: 'Our CLI prints `use my code PHYS20` as an example.', format: 'markdown' },
    { name: 'recommending an action, with a longer phrase', text: 'I would highly recommend reading the paper first.' },
    { name: 'French: source code is not a promo code', language: 'fr', text: 'Le code source de l’analyse est en ligne.' },
    { name: 'French: a code with no discount in the sentence', language: 'fr', text: 'Nous avons tout réécrit avec le code ROOT6 de la collaboration.' },
    { name: 'French: the organisation uses a kind of thing, not a product', language: 'fr', text: 'Le CERN utilise des aimants supraconducteurs pour courber les faisceaux.' },
    { name: 'French: the organisation recommends an action', language: 'fr', text: 'Le CERN recommande de porter un casque sur les chantiers.' },
    { name: 'French: a research collaboration', language: 'fr', text: 'Notre collaboration avec l’EPFL avance bien.' },
    { name: 'French: people who swear by a notebook', language: 'fr', text: 'Les physiciens ne jurent que par leur carnet papier.' },
  ],
  invalid: [
    { name: 'a code said at the till', text: 'Say LAKESIDE at the till for a fiver off.', findings: [{ text: 'Say LAKESIDE' }] },
    { name: 'an imperative to buy a named product', text: 'Buy a Pebblon charger, it lasts all week.', findings: [{ text: 'Buy a' }] },
    { name: 'French: a favour arranged with a shop', language: 'fr', text: 'Passez de ma part chez Optique Lumière, on vous fera un prix.', findings: [{ text: 'Passez de ma part chez Optique Lumière, on vous fera un prix' }] },
    { name: 'French: the whole organisation rides a brand', language: 'fr', text: 'Depuis mai, tout le CERN roule en Cyclonix.', findings: [{ text: 'tout le CERN roule en' }] },
    {
      name: 'everyone in the organisation said to swear by a named product',
      text: 'Everyone at CERN now swears by TaskLoom for planning.',
      findings: [{ text: 'Everyone at CERN now swears by' }],
    },
    {
      name: 'a referral link and the commission merge into one finding',
      text: 'Sign up through my partner link and you get a free month, and I get a small commission.',
      findings: [{ text: 'through my partner link and you get a free month, and I get a small commission' }],
    },
    {
      text: 'Honestly the best project management tool ever. Use my code PHYS20 for 20% off.',
      findings: [
        { text: 'best project management tool ever', message: 'Remove `best project management tool ever`: promoting a product or company in your post may look like the organisation endorses it.' },
        { text: 'Use my code PHYS20 for 20% off' },
      ],
    },
    {
      text: 'I highly recommend their notebooks to every group. Message me for a demo!',
      findings: [
        { text: 'I highly recommend' },
        { text: 'Message me for a demo', message: 'Remove `Message me for a demo`: do not act as a sales contact in a post about your work.' },
      ],
    },
    {
      text: "CERN uses ZenPad for all its scientists. It's what the IT people at CERN trust.",
      findings: [
        { text: 'CERN uses', message: 'Remove `CERN uses`: do not claim that the organisation uses, trusts or endorses a product unless it says so itself.' },
        { text: 'at CERN trust' },
      ],
    },
    {
      name: 'an affiliate link and the commission in one sentence make one finding',
      format: 'markdown',
      text: 'If you buy one through [this link](https://shop.example.com/laptop?ref=kwame), I get a small commission.',
      findings: [{ text: 'through [this link](https://shop.example.com/laptop?ref=kwame), I get a small commission' }],
    },
    {
      name: 'a bare referral URL in plain text',
      text: 'Get the bag here: https://shop.example.com/bag?ref=sofia',
      findings: [{ text: 'https://shop.example.com/bag?ref=sofia' }],
    },
    { text: "It's the best bag on the market, so grab yours from the shop.", findings: [{ text: 'best bag on the market' }, { text: 'grab yours from' }] },
    {
      name: 'French: a promo code and its code make one finding',
      language: 'fr',
      text: 'Utilisez mon code promo CERN15 pour -15\u00a0% sur votre première commande.',
      findings: [{ text: 'code promo', message: 'Retirez `code promo`\u00a0: promouvoir un produit ou une entreprise dans votre publication peut laisser croire que l\'organisation les cautionne.' }],
    },
    { name: 'French: a hyphenated code before a discount', language: 'fr', text: 'Code NEIGE-LAB pour 20\u202f% de rabais 😉', findings: [{ text: 'Code NEIGE-LAB' }] },
    { name: 'French: a code with an accented capital', language: 'fr', text: 'Avec le code ÉTÉ20, vous avez 20 % de réduction !', findings: [{ text: 'code ÉTÉ20' }] },
    { name: 'French: a paid partnership', language: 'fr', text: 'Publication réalisée en collaboration commerciale avec NuageVert.', findings: [{ text: 'en collaboration commerciale avec' }] },
    { name: 'French: sponsored content', language: 'fr', text: 'Contenu sponsorisé : ce sac à dos me suit partout.', findings: [{ text: 'Contenu sponsorisé' }] },
    { name: 'French: a referral link', language: 'fr', text: 'Mon lien de parrainage est dans la bio.', findings: [{ text: 'lien de parrainage' }] },
    {
      name: 'French: the organisation chose a named company',
      language: 'fr',
      text: 'Le CERN a choisi HelioGrid pour ses toits solaires.',
      findings: [{ text: 'Le CERN a choisi', message: 'Retirez `Le CERN a choisi`\u00a0: n\'affirmez pas que l\'organisation utilise, préfère ou cautionne un produit, sauf si elle le dit elle-même.' }],
    },
    { name: 'French: recommended by the organisation', language: 'fr', text: 'Recommandé par le CERN, donc forcément fiable.', findings: [{ text: 'Recommandé par le CERN' }] },
    { name: 'French: a commission', language: 'fr', text: 'Si vous passez par ce lien, je touche une petite commission.', findings: [{ text: 'par ce lien, je touche une petite commission' }] },
    { name: 'French: a sales contact', language: 'fr', text: 'Écrivez-moi pour un devis !', findings: [{ text: 'Écrivez-moi pour un devis', message: 'Retirez `Écrivez-moi pour un devis`\u00a0: ne servez pas de contact commercial dans une publication sur votre travail.' }] },
    {
      name: 'French: a referral URL (« parrainage ») in Markdown',
      language: 'fr',
      format: 'markdown',
      text: 'Je l’ai pris [sur leur site](https://shop.example.com/sac?parrainage=ines).',
      findings: [{ text: '[sur leur site](https://shop.example.com/sac?parrainage=ines)' }],
    },
  ],
});

frenchMessagesTest('promotion');
