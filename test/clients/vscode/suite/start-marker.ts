/** The line the suite logs before mocha starts; the offline runner forwards the page's console from it on. */
export const SUITE_START = 'guidelint-suite: start';
