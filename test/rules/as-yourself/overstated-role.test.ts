import { ruleTester } from '../../helpers/rule-tester';

ruleTester('overstated-role', {
  valid: [
    'Today I met the physicist who discovered the tau lepton.',
    'The director-general of CERN opened the conference this morning.',
    'Doctoral student at CERN, working on detector calibration.',
    'Defended my thesis this morning. You can call me Dr. now!',
    'Call me after the meeting.',
  ],
  invalid: [
    {
      text: 'As the physicist who discovered the Higgs boson, I can tell you this is wrong.',
      findings: [{ text: 'the physicist who discovered', message: 'Describe your role accurately: `the physicist who discovered` overstates who you are. Give your real title and role.' }],
    },
    { text: "As CERN's chief scientist, I can reassure you.", findings: [{ text: "CERN's chief scientist" }] },
    { text: "I'm the head of CERN, so trust me.", findings: [{ text: 'head of CERN' }] },
    {
      text: 'Thesis submitted! Already changed my LinkedIn title to Dr. even though the defence is in May.',
      findings: [{ text: 'changed my LinkedIn title to Dr.' }],
    },
  ],
});
