import { ruleTester } from '../../helpers/rule-tester';

ruleTester('confidential-marker', {
  valid: [
    'Anything marked confidential stays off my accounts.',
    'Main lesson: anything marked confidential stays in the meeting room.',
    'The embargo on our latest result ended on Monday, and the paper is now public.',
    "I'll post the link once they are public.",
    'Confidential computing keeps data encrypted while it is processed.',
    'The build directory layout is internal-only, so do not rely on it in your crate.',
    'The internal tools team shipped a new dashboard.',
    'The review committee reads the note before anything goes public.',
    'I have three unpublished blog posts in my drafts folder.',
    { name: 'a marker in a fenced code block', text: 'Run:\n\n```bash\n# confidential: do not share outside the group\nrun_fit.py\n```\n', format: 'markdown' },
    { name: 'a marker in front matter', text: '---\nnote: internal only\n---\n\nHello.', format: 'markdown' },
    { name: 'French: the rule explained', text: 'Tout ce qui porte la mention « confidentiel » reste au bureau : c’est la règle.', language: 'fr' },
    { name: 'French: advice not to publish', text: 'Ne montrez jamais de résultats non publiés ni de documents marqués confidentiels.', language: 'fr' },
    { name: 'French: an embargo in the past', text: 'Nos résultats étaient sous embargo jusqu’au 10 mars ; ils sont publics depuis.', language: 'fr' },
    { name: 'French: an embargo that was lifted', text: "L'embargo sur notre résultat a été levé lundi, l'article est en accès libre.", language: 'fr' },
    { name: 'French: confidential computing, a niche success, a survey', text: "L'informatique confidentielle chiffre les données. Ce groupe est resté un succès confidentiel. Le questionnaire est anonyme et vos réponses resteront confidentielles.", language: 'fr' },
    { name: 'French: « pas encore publiés » about a timetable', text: 'Les horaires des visites ne sont pas encore publiés, patience !', language: 'fr' },
    { name: 'French: « pas encore validé » about an internship', text: 'Mon stage n’est pas encore validé par l’école.', language: 'fr' },
    { name: 'French: internal tools and teams', text: "L'équipe des outils internes a livré un tableau de bord ; le service de communication interne organise un café.", language: 'fr' },
    { name: 'French: a marker in a fenced code block', text: 'Commande :\n\n```bash\n# usage interne uniquement - ne pas diffuser\n./calib --mode confidentiel\n```\n', format: 'markdown', language: 'fr' },
    { name: 'French: a marker in front matter', text: '---\nstatut: "brouillon confidentiel, ne pas diffuser !!!"\n---\n\nBonjour.', format: 'markdown', language: 'fr' },
  ],
  invalid: [
    {
      text: 'Internal only, please do not forward outside the group.',
      findings: [{ text: 'Internal only', message: 'Do not publish what is marked `Internal only`: confidential and internal material stays inside the organisation.' }],
    },
    {
      name: 'markings far apart in one sentence are two findings',
      text: 'Internal only: the plots below show the new cooling plant, so please do not forward them.',
      findings: [{ text: 'Internal only' }, { text: 'please do not forward' }],
    },
    {
      name: 'an embargo that has not ended',
      text: 'The timing-layer paper is embargoed until 14 April, so keep the plots to yourselves.',
      findings: [{ text: 'embargoed until', message: 'Do not post about `embargoed until` before the embargo ends: wait until the result is public, then link to it.' }],
    },
    {
      name: 'an unapproved result: the sentence that states it',
      text: 'Big news. Our analysis sees a 3 sigma excess at 650 GeV, and the collaboration has not approved the result yet. Fingers crossed!',
      findings: [{ text: 'Our analysis sees a 3 sigma excess at 650 GeV, and the collaboration has not approved the result yet' }],
    },
    {
      name: 'an unpublished result with a word between',
      text: 'The unpublished CMS result they showed today will surprise people. These numbers are still confidential.',
      findings: [{ text: 'unpublished CMS result' }, { text: 'still confidential' }],
    },
    {
      name: 'French: a marking and a request, one finding, with the French message',
      language: 'fr',
      text: 'Document à usage interne, ne pas diffuser.',
      findings: [{ text: 'à usage interne', message: "Ne publiez pas ce qui est marqué `à usage interne`\u00a0: les documents confidentiels et internes restent dans l'organisation." }],
    },
    {
      name: 'French: « classé confidentiel » and « encore confidentiels »',
      language: 'fr',
      text: 'Le rapport d’audit, classé confidentiel, nous donne raison. Les premiers chiffres, encore confidentiels, montrent un excès.',
      findings: [{ text: 'classé confidentiel' }, { text: 'encore confidentiels' }],
    },
    {
      name: "French: an embargo until a date, typographic apostrophe, with the embargo message",
      language: 'fr',
      text: 'Nos mesures sont sous embargo jusqu’au 15 juin, mais elles sont meilleures que prévu.',
      findings: [{ text: 'sous embargo jusqu’au', message: "Ne parlez pas de `sous embargo jusqu’au` avant la fin de l'embargo\u00a0: attendez que le résultat soit public, puis donnez-en le lien." }],
    },
    {
      name: 'French: a marking in « » quotes',
      language: 'fr',
      text: 'La maquette (la version marquée «\u00a0ne pas diffuser avant validation\u00a0») est ici.',
      findings: [{ text: 'ne pas diffuser' }],
    },
    {
      name: 'French: an unapproved result: the sentence that states it',
      language: 'fr',
      text: "On voit un excès à 650 GeV, et la collaboration n'a pas encore validé le résultat. Croisons les doigts !",
      findings: [{ text: "On voit un excès à 650 GeV, et la collaboration n'a pas encore validé le résultat", message: /^Ne publiez pas `On voit/ }],
    },
    {
      name: 'French: unpublished data and restricted distribution',
      language: 'fr',
      text: 'Les données non publiées de CMS (diffusion restreinte) vont surprendre.',
      findings: [{ text: 'données non publiées' }, { text: 'diffusion restreinte' }],
    },
  ],
});
