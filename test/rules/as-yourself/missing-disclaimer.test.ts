import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('missing-disclaimer', {
  valid: [
    "Personal view, not my employer's: the new open-access policy at CERN is a good step.",
    'The new remote-work policy at CERN is a mistake. Views are my own.',
    "CERN's new travel policy starts in May: https://home.example.org/travel-policy",
    'I think our group\'s new meeting policy is a mistake.',
    'The new CERN open-access policy starts next week.',
    { name: 'a disclaimer far from the policy counts', text: 'The new CERN hiring freeze is short-sighted.\n\nAs always, my own views.' },
    { name: 'policy words in code', text: 'Run `cern policy check` before you commit; it is a mistake to skip it.', format: 'markdown' },
    { name: 'French: a disclaimer « à titre personnel »', language: 'fr', text: 'À titre personnel : la nouvelle politique de télétravail du CERN est une erreur.' },
    { name: 'French: « n’engagent que moi » with a curly apostrophe, far from the policy', language: 'fr', text: 'La directive du CERN sur le télétravail est une erreur.\n\nCes opinions n’engagent que moi.' },
    { name: 'French: « opinions personnelles »', language: 'fr', text: 'Opinions personnelles. Le nouveau règlement du CERN sur les missions est absurde.' },
    { name: 'French: a policy with no judgement', language: 'fr', text: 'La nouvelle politique de télétravail du CERN entre en vigueur en mai.' },
    { name: 'French: another organisation’s policy', language: 'fr', text: 'La politique de télétravail de mon université est trop rigide.' },
    { name: 'an alias in lower case is not the organisation', text: "I think our lab's new meeting rule is a mistake." },
    { name: 'French: a measurement is not a policy', language: 'fr', text: 'La mesure du CERN sur la masse du boson W est une avancée.' },
    { name: 'a policy judged in one sentence, with a disclaimer later in the post', text: 'Closing the archive on Sundays has to be the dumbest decision CERN has made.\n\nViews my own, obviously.' },
    { name: 'the author\'s own decision is not a policy', text: 'Moving to Geneva was the best decision I have made.' },
    { name: 'French: a policy judged as another lab\'s decision, in lower case', language: 'fr', text: 'Supprimer le bus de nuit, c\'est la pire idée que notre labo ait eue.' },
    { name: 'French: a measurement praised is not a policy', language: 'fr', text: 'Mesurer la masse du W à ce point, c\'est la plus belle mesure du CERN.' },
  ],
  invalid: [
    {
      name: 'a policy named by what it does and judged as the organisation\'s call: the finding starts at the policy',
      text: 'Rage incoming. Shutting the canteen at two has to be the worst call the Lab has made in years.',
      findings: [{ text: 'Shutting the canteen at two has to be the worst call the Lab has made' }],
    },
    {
      name: 'French: a policy named by what it does and judged as the organisation\'s decision',
      language: 'fr',
      text: 'Supprimer les navettes du soir entre les deux sites, c\'est la décision la plus absurde du CERN depuis des années.',
      findings: [{ text: 'Supprimer les navettes du soir entre les deux sites, c\'est la décision la plus absurde du CERN' }],
    },
    {
      name: 'a capitalised alias names the organisation',
      text: "The Laboratory's rule on night shifts is frankly unfair to parents.",
      findings: [{ text: "Laboratory's rule" }],
    },
    {
      name: 'French: a capitalised alias names the organisation',
      language: 'fr',
      text: 'Franchement, la règle du Laboratoire sur les gardes de nuit est injuste.',
      findings: [{ text: 'la règle du Laboratoire' }],
    },
    {
      text: 'Some thoughts on the new remote-work policy at CERN. Two days at home is not enough, and the Tuesday rule makes little sense.\n',
      findings: [{
        text: 'the new remote-work policy at CERN',
        message: 'Add a disclaimer such as `Views are my own, not those of CERN.`: you judge `the new remote-work policy at CERN`, and readers may take your post for the organisation\'s position.',
      }],
      output: 'Some thoughts on the new remote-work policy at CERN. Two days at home is not enough, and the Tuesday rule makes little sense.\n\nViews are my own, not those of CERN.\n',
    },
    {
      text: 'I can tell you that the new CERN open-access policy is a mistake.',
      findings: [{ text: 'the new CERN open-access policy' }],
      output: 'I can tell you that the new CERN open-access policy is a mistake.\n\nViews are my own, not those of CERN.',
    },
    {
      name: 'a possessive that is not the organisation does not end the phrase',
      text: "I disagree with CERN management's decision to close the library on Sundays.",
      findings: [{ text: "CERN management's decision" }],
    },
    {
      name: 'one finding per document, on the first policy',
      text: "CERN's new travel policy is ridiculous.\n\nAnd CERN's parking rules are absurd too.",
      findings: [{ text: "CERN's new travel policy" }],
    },
    {
      name: 'the disclaimer names the organisation from the settings',
      text: 'The ESO telescope-time policy is unfair to students.',
      settings: { organisation: ['ESO'] },
      findings: [{ text: 'The ESO telescope-time policy' }],
      output: 'The ESO telescope-time policy is unfair to students.\n\nViews are my own, not those of ESO.',
    },
    {
      name: 'Markdown: the disclaimer goes after the last line',
      format: 'markdown',
      text: '---\ntitle: Remote work\n---\n\n# Remote work\n\nThe new remote-work policy at CERN should be rewritten.\n\n',
      findings: [{ text: 'The new remote-work policy at CERN' }],
      output: '---\ntitle: Remote work\n---\n\n# Remote work\n\nThe new remote-work policy at CERN should be rewritten.\n\nViews are my own, not those of CERN.\n\n',
    },
    {
      name: 'Markdown: a code fence left open is closed before the disclaimer',
      format: 'markdown',
      text: 'The new remote-work policy at CERN should be rewritten. My script:\n\n```sh\n./count-days --home\n',
      findings: [{ text: 'The new remote-work policy at CERN' }],
      output: 'The new remote-work policy at CERN should be rewritten. My script:\n\n```sh\n./count-days --home\n```\n\nViews are my own, not those of CERN.\n',
    },
    {
      name: 'French: the complement runs to the organisation, and the disclaimer is French',
      language: 'fr',
      text: 'Un mot sur la nouvelle politique de télétravail du CERN, qui s’applique aussi aux visiteurs : elle est trop rigide et devrait être revue.\n',
      findings: [{
        text: 'la nouvelle politique de télétravail du CERN',
        message: 'Ajoutez un avertissement tel que `Les opinions exprimées ici n\'engagent que moi.`\u00a0: vous jugez `la nouvelle politique de télétravail du CERN`, et vos lecteurs pourraient prendre votre publication pour la position de l\'organisation.',
      }],
      output: 'Un mot sur la nouvelle politique de télétravail du CERN, qui s’applique aussi aux visiteurs : elle est trop rigide et devrait être revue.\n\nLes opinions exprimées ici n\'engagent que moi.\n',
    },
    {
      name: 'French: the judgement in the next paragraph, CRLF line ends kept',
      language: 'fr',
      text: 'La directive du CERN sur les missions change tout.\r\n\r\nJe ne suis pas d’accord : elle pénalise les doctorants.\r\n',
      findings: [{ text: 'La directive du CERN' }],
      output: 'La directive du CERN sur les missions change tout.\r\n\r\nJe ne suis pas d’accord : elle pénalise les doctorants.\r\n\r\nLes opinions exprimées ici n\'engagent que moi.\r\n',
    },
    {
      name: 'French: the organisation earlier in the sentence, with its article',
      language: 'fr',
      text: 'Le CERN a pris une mauvaise décision en supprimant les navettes du soir.',
      findings: [{ text: 'Le CERN a pris une mauvaise décision' }],
    },
    {
      name: 'French Markdown: the disclaimer after a closed fence, outside the code',
      language: 'fr',
      format: 'markdown',
      text: '# Missions\n\nLe nouveau règlement du CERN sur les missions est absurde.\n\n~~~\nformulaire --mission\n~~~\n',
      findings: [{ text: 'Le nouveau règlement du CERN' }],
      output: '# Missions\n\nLe nouveau règlement du CERN sur les missions est absurde.\n\n~~~\nformulaire --mission\n~~~\n\nLes opinions exprimées ici n\'engagent que moi.\n',
    },
  ],
});

frenchMessagesTest('missing-disclaimer');
