import { ruleTester } from '../../helpers/rule-tester';

const long = 'I am delighted to announce that after four years of work, countless night shifts, two broken laptops and more coffee than I would like to admit, I have defended my thesis on particles decaying inside the detector, which would not have been possible without my supervisors and my family.';

ruleTester('long-sentence', {
  valid: [
    'I defended my thesis. It would not have been possible without my supervisors, my office mates and my family.',
    { name: 'a long quoted passage is someone else\'s text', text: `> ${long}`, format: 'markdown' },
    // Forty words exactly.
    { name: 'forty words', text: `${Array.from({ length: 39 }, () => 'word').join(' ')} end.` },
  ],
  invalid: [
    {
      text: `${long}\n\nNext stop: a postdoc in Lisbon.`,
      findings: [{ text: long, message: 'Split the sentence that starts `I am delighted to announce that…`: it has 49 words; keep sentences to 40 words or fewer.' }],
    },
    { name: 'forty-one words', text: `${Array.from({ length: 40 }, () => 'word').join(' ')} end.`, findings: [{ text: `${Array.from({ length: 40 }, () => 'word').join(' ')} end.` }] },
  ],
});
