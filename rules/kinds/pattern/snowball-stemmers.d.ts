/** Types for snowball-stemmers 0.6 (a JavaScript port of the Snowball stemmers), which ships none. */
declare module 'snowball-stemmers' {
  /** A stemmer for one language. */
  export interface Stemmer {
    /** The word's stem; the word is expected in lower case. */
    stem(word: string): string;
  }
  /** A stemmer for `algorithm` (`english`, `french`, …); throws for an unknown one. */
  export function newStemmer(algorithm: string): Stemmer;
  /** The algorithms this build knows. */
  export function algorithms(): string[];
}
