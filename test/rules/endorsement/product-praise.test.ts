import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('product-praise', {
  valid: [
    'The best part of a night shift is the sunrise over the Jura.',
    'This is the best result in the world so far, says the collaboration (see the paper).',
    { name: 'French: a moment, not a product', language: 'fr', text: 'Le meilleur moment de la nuit, c’est le lever du soleil.' },
    { name: 'French: a scientific result', language: 'fr', text: 'C’est la mesure la plus précise du monde, selon la collaboration.' },
    { name: 'French: the largest accelerator', language: 'fr', text: 'Le LHC est le plus grand accélérateur de particules du monde.' },
    { name: 'French: colleagues, not a company', language: 'fr', text: 'La meilleure équipe de la région, ce sont mes collègues du labo.' },
    { name: 'French: recommending an action', language: 'fr', text: 'Je vous recommande vivement de lire l’article avant l’exposé.' },
    { name: 'French: « indispensable » as an adjective', language: 'fr', text: 'Une formation sécurité est indispensable avant de descendre.' },
    { name: 'French: naming tools', language: 'fr', text: 'Nous avons analysé les données avec Python et ROOT.' },
    { name: 'French: tickets to buy are not a product', language: 'fr', text: 'Les billets de la conférence publique sont en vente : achetez-les en ligne.' },
    'Lattice QCD is the gold standard for calculations in the world of theory.',
    { name: 'French: a superlative in a block quote', language: 'fr', format: 'markdown', text: '> C’est le meilleur logiciel du monde, disait la publicité.' },
  ],
  invalid: [
    {
      name: 'French: a superlative with a region',
      language: 'fr',
      text: 'Un immense merci à BrûlerieNord, le meilleur torréfacteur de Suisse romande\u00a0!',
      findings: [{ text: 'le meilleur torréfacteur de Suisse romande', message: 'Dites ce que `le meilleur torréfacteur de Suisse romande` vous apporte plutôt que de le couronner\u00a0: vanter un produit peut laisser croire que l\'organisation le cautionne.' }],
    },
    {
      name: 'French: the superlative after the noun',
      language: 'fr',
      text: 'Nous passons par Echafaudix, de loin l’entreprise la plus fiable de Suisse.',
      findings: [{ text: 'de loin l’entreprise la plus fiable de Suisse' }],
    },
    { name: 'French: « le meilleur logiciel »', language: 'fr', text: 'TaskNimbus est le meilleur logiciel pour gérer un projet.', findings: [{ text: 'le meilleur logiciel' }] },
    { name: 'French: « je ne peux que vous conseiller »', language: 'fr', text: 'Je ne peux que vous conseiller NuageVert les yeux fermés.', findings: [{ text: 'Je ne peux que vous conseiller' }] },
    { name: 'French: « je recommande vivement »', language: 'fr', text: 'Je recommande vivement leurs services à tous les labos.', findings: [{ text: 'Je recommande vivement' }] },
    { name: 'French: « indispensable » as a noun', language: 'fr', text: 'Ce carnet est devenu mon indispensable.', findings: [{ text: 'mon indispensable' }] },
    { name: 'French: best ever made', language: 'fr', text: 'Mon écran LumaView, de loin le meilleur écran jamais fabriqué.', findings: [{ text: 'de loin le meilleur écran jamais fabriqué' }] },
    {
      // « personne » is also a word of PRAISE_NOT_PRODUCT (« la meilleure personne »): it must not silence the idiom it opens.
      name: 'French: « personne ne fait mieux que » a shop, but not than our students',
      language: 'fr',
      text: 'Pour les semences, personne ne fait mieux que Jardins du Léman. Personne ne fait mieux que nos étudiants en garde de nuit.',
      findings: [{ text: 'personne ne fait mieux que' }],
    },
    { name: 'French: a call to buy', language: 'fr', text: 'Leurs biscuits sont une tuerie, achetez-en par caisses.', findings: [{ text: 'achetez-en' }] },
    { name: 'a shop as its market\'s gold standard', text: 'Their bakery is the gold standard for croissants in this town.', findings: [{ text: 'the gold standard for croissants in this town' }] },
  ],
});

frenchMessagesTest('product-praise');
