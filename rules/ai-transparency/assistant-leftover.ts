import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './assistant-leftover.en.yml';

/** `ai-transparency`: what an AI assistant says about itself or to its user, left in a post. */
export const assistantLeftover = phraseRule(
  {
    id: 'assistant-leftover',
    guideline: 'ai-transparency',
    description: 'Remove what an AI assistant wrote to you, and say that you used AI.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/ai-transparency/assistant-leftover.en.yml') },
);
