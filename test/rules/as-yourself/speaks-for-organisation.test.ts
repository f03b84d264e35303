import { ruleTester } from '../../helpers/rule-tester';

ruleTester('speaks-for-organisation', {
  valid: [
    'I gave a talk at CERN on behalf of my university.',
    "I'm not speaking on behalf of CERN here; these are my own thoughts.",
    'The official position of CERN is on its news page: https://home.example.org/statement',
    { name: 'another organisation is not named', text: 'On behalf of CERN, thanks for coming!', settings: { organisation: ['ESO'] } },
    { name: 'the phrase in inline code', text: 'Never write `on behalf of CERN` in a personal post.', format: 'markdown' },
    { name: 'the phrase in front matter', text: '---\ntitle: On behalf of CERN\n---\n\nA quiet week.', format: 'markdown' },
  ],
  invalid: [
    {
      text: "CERN's official position is that open science wins, and we at CERN have decided to move everything to one tool.",
      findings: [
        { text: "CERN's official position is", message: "Do not speak for the organisation: `CERN's official position is` presents your post as its official voice. Say what you think in your own name, or link to the official statement." },
        { text: 'we at CERN have decided' },
      ],
    },
    { text: 'On behalf of CERN, I want to thank our sponsors.', findings: [{ text: 'On behalf of CERN' }] },
    { text: 'Speaking for CERN: the upgrade is on schedule.', findings: [{ text: 'Speaking for CERN' }] },
    {
      name: 'the organisation comes from the settings',
      text: 'On behalf of ESO, welcome to the observatory. On behalf of CERN, too.',
      settings: { organisation: ['ESO'] },
      findings: [{ text: 'On behalf of ESO' }],
    },
    {
      name: 'organisation names with several words',
      text: 'We at the Example Institute have decided to stop the programme.',
      settings: { organisation: ['the Example Institute'] },
      findings: [{ text: 'We at the Example Institute have decided' }],
    },
  ],
});
