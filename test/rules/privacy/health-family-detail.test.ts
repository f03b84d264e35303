import { ruleTester } from '../../helpers/rule-tester';

ruleTester('health-family-detail', {
  valid: [
    'Burnout is common among PhD students, according to a recent survey.',
    'The hospital next to the lab uses proton therapy.',
    'Thanks to Priya and Ahmed for the great talk on pileup.',
    'Maria wrote the diagnosis tool that finds broken channels.',
    'Sara joined us in January as a lecturer.',
    'My husband and I went hiking near Chamonix.',
    { name: 'a detail in a fenced code block', text: 'Notes:\n\n```\nTom is in hospital\n```\n', format: 'markdown' },
    { name: 'French: a generic statement with no named person', text: 'Le burn-out est fréquent chez les doctorants, selon une enquête récente.', language: 'fr' },
    { name: 'French: a pronoun and a relative at the start of a sentence are not names', text: 'Ceux qui font un burn-out pendant leur thèse ne sont pas seuls. Beaucoup de collègues sont passés par là.', language: 'fr' },
    { name: 'French: a disease name is not a person', text: "La maladie d'Alzheimer touche une personne sur dix après 65 ans.", language: 'fr' },
    { name: 'French: a spouse mentioned, no detail', text: 'Karim et sa femme sont venus à la journée portes ouvertes.', language: 'fr' },
    { name: 'French: the author and family, no health detail', text: 'Ma femme et moi sommes allés marcher près de Chamonix.', language: 'fr' },
    { name: 'French: a job at a hospital, a diagnosis tool', text: 'Marie travaille aux urgences des HUG ; Anna a écrit l’outil de diagnostic des aimants.', language: 'fr' },
    { name: 'French: research on diseases and treatments, a diagnosed fault', text: 'Paul Girard présente ses travaux sur la radiothérapie par protons ; Marie a diagnostiqué la panne du détecteur.', language: 'fr' },
    { name: 'French: a containment vessel is no pregnancy', text: 'Une enceinte de confinement entoure le réacteur de Fessenheim.', language: 'fr' },
  ],
  invalid: [
    {
      text: 'Please send good vibes to Dr. Helen Marsh, who is in hospital after a heart attack.',
      findings: [{ text: 'in hospital after a heart attack', message: 'Remove the health detail `in hospital after a heart attack` about a named person: health is personal data. Post it only if they asked you to.' }],
      output: 'Please send good vibes to Dr. Helen Marsh, who is in hospital after a heart attack.',
    },
    {
      name: 'a pronoun that refers to a person named in the previous sentence',
      text: "It was Giulia Bianchi's last day. She is leaving because her husband got a job abroad.",
      findings: [{ text: 'her husband got', message: /family detail `her husband got`/ }],
    },
    {
      name: 'a name at the start of a sentence',
      text: 'Jonas Weber has been off for three weeks with burnout.',
      findings: [{ text: 'with burnout' }],
    },
    {
      name: 'two details close together make one finding',
      text: 'Special mention to Raj, who lost 8 kg after his diabetes diagnosis.',
      findings: [{ text: 'lost 8 kg after his diabetes diagnosis' }],
    },
    {
      name: "the author's own health detail",
      text: 'I was diagnosed with diabetes last spring.',
      findings: [{ text: 'was diagnosed with diabetes' }],
    },
    {
      name: 'French: a burn-out of a named person, with the French message',
      language: 'fr',
      text: "Loïc Vuilleumier est absent jusqu'à fin mai pour un burn-out, c'est moi qui reprends ses visites.",
      findings: [{ text: 'un burn-out', message: "Retirez le détail de santé `un burn-out` concernant une personne nommée\u00a0: la santé relève des données personnelles. Ne le publiez que si la personne vous l'a demandé." }],
    },
    {
      name: 'French: an elided name and an elided hospital, typographic apostrophes; close details are one finding',
      language: 'fr',
      text: 'Des nouvelles d’Édouard : il est à l’hôpital depuis lundi, après un accident vasculaire cérébral.',
      findings: [{ text: 'est à l’hôpital depuis lundi, après un accident vasculaire cérébral' }],
    },
    {
      name: 'French: a first name followed by a verb at the start of a sentence',
      language: 'fr',
      text: 'Marc a fait un AVC samedi. Pierre commence sa chimio lundi.',
      findings: [{ text: 'fait un AVC' }, { text: 'sa chimio' }],
    },
    {
      name: 'French: a family detail, with the family message',
      language: 'fr',
      text: 'Marc, du groupe des aimants, ne viendra pas : sa femme vient d’accoucher de jumeaux.',
      findings: [{ text: 'd’accoucher', message: "Retirez le détail familial `d’accoucher` concernant une personne nommée\u00a0: c'est une donnée personnelle. Ne le publiez que si la personne vous l'a demandé." }],
    },
    {
      name: 'French: a pronoun that refers to a person named in the previous sentence',
      language: 'fr',
      text: 'Julie Roux nous quitte pour six mois. Elle est en congé maternité dès lundi.',
      findings: [{ text: 'en congé maternité' }],
    },
    {
      name: "French: the author's own health detail",
      language: 'fr',
      text: "J'ai été hospitalisée deux semaines au printemps, d'où mon silence.",
      findings: [{ text: 'hospitalisée' }],
    },
  ],
});
