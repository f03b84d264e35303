/** The rules of the `accessibility` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { emojiBullet } from './emoji-bullet';
import { emojiScreenReader } from './emoji-screen-reader';
import { hashtagCase } from './hashtag-case';
import { imageAltText } from './image-alt-text';
import { linkText } from './link-text';

export const accessibilityRules: Rule[] = [emojiBullet, emojiScreenReader, hashtagCase, imageAltText, linkText];
