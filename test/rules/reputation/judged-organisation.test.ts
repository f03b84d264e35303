import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('judged-organisation', {
  valid: [
    'The management is not incompetent, just slow.',
    'The board approved the new detector upgrade.',
    { name: 'French: a negated judgement', language: 'fr', text: 'La direction n\'est pas incompétente, juste lente.' },
    { name: 'French: self-deprecation', language: 'fr', text: 'J\'étais complètement à la ramasse pendant ma première semaine avec l\'équipe.' },
    { name: 'French: a null result is physics', language: 'fr', text: 'L\'équipe a obtenu un résultat nul, conforme au modèle standard.' },
    { name: 'French: « on n\'y comprend rien » is about the author', language: 'fr', text: 'Avec l\'équipe, on n\'y comprend rien non plus, alors on demande.' },
    { name: 'French: money is « viré » too', language: 'fr', text: 'Le montant devrait être viré sur votre compte avant vendredi.' },
    { name: 'French: events are removed from an analysis', language: 'fr', text: 'Ces événements sont bruités : il faut les virer de l\'analyse.' },
    { name: 'French: presenting a student\'s results with credit', language: 'fr', text: 'Mon directeur a présenté mes résultats à la conférence, avec mon nom en premier.' },
    { name: 'French: a right asked for, not taken away', language: 'fr', text: 'Les doctorants devraient avoir le droit de voter au conseil de la collaboration.' },
    { name: 'French: a team of volunteers', language: 'fr', text: 'Une équipe de bénévoles passionnés a construit le télescope.' },
    { name: 'French: making tools one\'s own', language: 'fr', text: 'Les élèves s\'approprient nos outils d\'analyse en une journée.' },
    { name: 'French: leaving for another job is news', language: 'fr', text: 'Marc doit démissionner en mai pour rejoindre l\'EPFL.' },
    { name: 'French: a ridiculous price', language: 'fr', text: 'Le prix du café à la cafétéria est ridicule.' },
  ],
  invalid: [
    {
      text: 'Honestly, the management has been painfully inept.',
      findings: [{ text: 'the management has been painfully inept' }],
    },
    {
      name: 'French: a judgement after an intensifier, with the target in the message',
      language: 'fr',
      text: 'La direction est complètement à côté de la plaque sur ce dossier.',
      findings: [{ text: 'La direction est complètement à côté de la plaque', message: 'Critiquez ce qui a été fait, avec des raisons, plutôt que de qualifier La direction de «\u00a0à côté de la plaque\u00a0» en public\u00a0: cela rejaillit sur l\'organisation et ses membres.' }],
    },
    {
      name: 'French: what the target does, after an elided word',
      language: 'fr',
      text: 'Nos chefs n\'y connaissent rien. L\'équipe d\'à côté bâcle tout depuis janvier.',
      findings: [
        { text: 'chefs n\'y connaissent rien', message: 'Critiquez des décisions, avec des raisons, plutôt que d\'écrire `chefs n\'y connaissent rien`\u00a0: juger en public la direction, des collègues ou des partenaires rejaillit sur l\'organisation.' },
        { text: 'L\'équipe d\'à côté bâcle tout' },
      ],
    },
    {
      name: 'French: curly apostrophes and no-break spaces',
      language: 'fr',
      text: 'Le service des voyages s’en moque\u202f! Un véritable nid de glandeurs.',
      findings: [{ text: 'service des voyages s’en moque' }, { text: 'véritable nid de glandeurs' }],
    },
    {
      name: 'French: calls for someone to lose their job',
      language: 'fr',
      text: 'Ce relecteur ne devrait plus jamais être autorisé à siéger. Franchement, il faudrait le virer.',
      findings: [{ text: 'devrait plus jamais être autorisé à siéger' }, { text: 'faudrait le virer', message: 'Retirez `faudrait le virer`\u00a0: réclamer en public qu\'une personne perde son poste est une attaque personnelle qui rejaillit sur l\'organisation.' }],
    },
    {
      name: 'French: a row and credit taken, aired in public',
      language: 'fr',
      text: 'Au séminaire, nos deux responsables se sont crêpé le chignon. Et mon voisin de bureau a fait passer mon code pour le sien.',
      findings: [{ text: 'se sont crêpé le chignon', message: 'Réglez les différends internes comme `se sont crêpé le chignon` en interne, pas en public.' }, { text: 'mon code pour le sien' }],
    },
  ],
});

frenchMessagesTest('judged-organisation');
