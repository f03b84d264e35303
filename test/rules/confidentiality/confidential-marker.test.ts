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
  ],
});
