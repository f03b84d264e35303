import { ruleTester } from '../../helpers/rule-tester';

ruleTester('secret', {
  valid: [
    'Use a password manager and turn on two-factor authentication.',
    'The password is required and must be at least 12 characters long.',
    'Never post a password: that is what the security team tells everyone.',
    'Tokens start with ghp_ on GitHub, so they are easy to spot.',
    'Set password: <your-password> in the config, then restart.',
    'The password is ******** in the screenshot, of course.',
    { name: 'a token in a fenced code block', text: 'Then:\n\n```\nexport GRID_TOKEN="ghp_abcdefghijklmnopqrstuvwxyz0123456789"\n```\n', format: 'markdown' },
    { name: 'a password in inline code', text: 'Type `password: hunter2` to see the error.', format: 'markdown' },
    { name: 'French: advice about passwords', text: 'Utilisez un gestionnaire de mots de passe. Le mot de passe est obligatoire et doit compter au moins 12 caractères.', language: 'fr' },
    { name: 'French: a placeholder in quotes', text: 'Le mot de passe « secret » est le pire choix possible.', language: 'fr' },
    { name: 'French: an account name alone is not a password', text: 'Vos identifiants : prénom.nom, comme pour la messagerie.', language: 'fr' },
    { name: 'French: a password in a fenced code block', text: 'Script :\n\n```bash\nexport VPN_TOKEN="à-remplir"\nmot de passe : Bobine#2024\n```\n', format: 'markdown', language: 'fr' },
  ],
  invalid: [
    {
      text: 'Log in with the group account (password: Muon2024!) until personal accounts are set up.',
      findings: [{ text: 'password: Muon2024!', message: 'Remove the password in `password: Mu…` and change it: a password in a post is no longer secret.' }],
      output: 'Log in with the group account (password: [redacted]) until personal accounts are set up.',
    },
    {
      name: 'a password after `is`, with a closing full stop',
      text: 'The wifi password for the workshop is hunter2. Enjoy!',
      findings: [{ text: 'wifi password for the workshop is hunter2' }],
      output: 'The wifi password for the workshop is [redacted]. Enjoy!',
    },
    {
      name: 'token formats from the secretlint preset',
      text: 'Keys: AKIAIOSFODNN7EXAMPLE and ghp_abcdefghijklmnopqrstuvwxyz0123456789 and glpat-abcdefghij0123456789 and npm_abcdefghijklmnopqrstuvwxyz0123456789.',
      findings: [
        { text: 'AKIAIOSFODNN7EXAMPLE', message: 'Remove the AWS access key `AKIAI…MPLE` and revoke it: anyone who reads the post can use it.' },
        { text: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' },
        { text: 'glpat-abcdefghij0123456789' },
        { text: 'npm_abcdefghijklmnopqrstuvwxyz0123456789' },
      ],
      output: 'Keys: [redacted] and [redacted] and [redacted] and [redacted].',
    },
    {
      name: 'a Slack token, an OpenAI key and a JWT',
      text: 'Bot xoxb-1234567890-abcdefghij, key sk-abcdefghijklmnopqrstuvwxyz0123456789AB, session eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      findings: [
        { text: 'xoxb-1234567890-abcdefghij' },
        { text: 'sk-abcdefghijklmnopqrstuvwxyz0123456789AB' },
        { text: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U' },
      ],
    },
    {
      name: 'a private key pasted in prose',
      text: 'Oops: -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA -----END OPENSSH PRIVATE KEY----- sorry',
      findings: [{ text: '-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA -----END OPENSSH PRIVATE KEY-----', message: 'Remove the private key and replace it: a published private key is compromised.' }],
      output: 'Oops: [redacted] sorry',
    },
    {
      name: 'French: « mot de passe : » with a no-break space, the French message and redaction',
      language: 'fr',
      text: 'Compte commun : magtest, mot de passe\u00a0: Bobine#2024.',
      findings: [{ text: 'mot de passe\u00a0: Bobine#2024', message: "Retirez le mot de passe dans `mot de passe\u00a0: Bo…` et changez-le\u00a0: un mot de passe publié n'est plus secret." }],
      output: 'Compte commun : magtest, mot de passe\u00a0: [masqué].',
    },
    {
      name: 'French: « le mot de passe du wifi est », and a value in « » quotes',
      language: 'fr',
      text: 'Le mot de passe du wifi est hunter2. Le serveur tourne avec le mot de passe «\u00a0Proton2024\u00a0» depuis trois ans.',
      findings: [{ text: 'mot de passe du wifi est hunter2' }, { text: 'mot de passe «\u00a0Proton2024' }],
      output: 'Le mot de passe du wifi est [masqué]. Le serveur tourne avec le mot de passe «\u00a0[masqué]\u00a0» depuis trois ans.',
    },
    {
      name: 'French: credentials as an account and a password',
      language: 'fr',
      text: 'Identifiants : magtest / Bobine#2024, à ne pas perdre.',
      findings: [{ text: 'Identifiants : magtest / Bobine#2024' }],
      output: 'Identifiants : [masqué], à ne pas perdre.',
    },
    {
      name: 'French: a token, with its kind named in French',
      language: 'fr',
      text: 'Jeton du robot : ghp_abcdefghijklmnopqrstuvwxyz0123456789 (oups).',
      findings: [{ text: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', message: "Retirez le jeton GitHub `ghp_abcd…6789` et révoquez ce secret\u00a0: quiconque lit la publication peut s'en servir." }],
    },
  ],
});
