/**
 * Patterns of a flattened PDF-text dump that are not table content: page
 * numbers, the end of the attachment. Data only.
 */

/** Page-number lines printed in the footer: `- 7 -`, `— 7 —`, `第 7 页`, `7/20`. */
export const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^[-—–－]\s*\d{1,4}\s*[-—–－]$/,
  /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
];

/** Page furniture repeated on every page of an attachment (`附件`, `附件2`). */
export const PAGE_FURNITURE_PATTERNS: readonly RegExp[] = [/^附件\s*\d*[：:]?$/, /^附表\s*\d*[：:]?$/];

/** Rule lines and separators (`---`, `———`, `***`): never content. */
export const SEPARATOR_LINE = /^[-—–_=*·.…~～\s]+$/;

/** Lines after which nothing belongs to the table (the printing footer of the notice). */
export const TABLE_END_PATTERNS: readonly RegExp[] = [/^抄送[：:]/, /^抄\s*送/, /^[（(]此件/, /印发$/, /^印发[：:]?/];

/** Punctuation that ends a sentence (a task's text usually ends so). */
export const SENTENCE_END = /[。；！？!?;]$/;
/** Closing marks that may follow the sentence end (`…“四项指数”持续下降。”`). */
export const TRAILING_CLOSERS = /[”’」』）)】》\s]+$/;
/** Punctuation that never occurs in a unit or person name: its presence makes a line prose. */
export const PROSE_PUNCTUATION = /[，,。；;：:！!？?“”"‘’…%％]/;
