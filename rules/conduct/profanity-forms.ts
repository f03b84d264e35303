/**
 * retext-profanities' English list with the forms the plugin adds. Its own module so that the
 * build can run it once for the default pack (esbuild.mjs, `guidelint:profanity-forms`) and
 * the detector falls back to it for any other list.
 */
import { cuss } from 'cuss';
import pluralize from 'pluralize';

/**
 * retext-profanities' English list, built the way the plugin builds it: each cuss phrase with
 * its rating, plus its singular and plural (pluralize) with the same rating, the later one
 * winning, except the forms pluralize gets wrong.
 */
export function profanitiesOf(ignorePluralize: ReadonlySet<string>): Map<string, number> {
  const ratings = new Map<string, number>();
  const add = (phrase: string, rating: number) => {
    if (!ignorePluralize.has(phrase)) ratings.set(phrase, rating);
  };
  for (const [phrase, rating] of Object.entries(cuss)) {
    add(phrase, rating);
    add(pluralize.singular(phrase), rating);
    add(pluralize.plural(phrase), rating);
  }
  return ratings;
}

