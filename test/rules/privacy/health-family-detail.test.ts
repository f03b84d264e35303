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
      findings: [{ text: 'her husband', message: /family detail `her husband`/ }],
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
  ],
});
