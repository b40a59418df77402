/**
 * The one spacing rule of the site: the PDF extraction put spaces (and line
 * breaks) between Chinese characters and digits or Latin letters in some
 * sources and not in others ("2021 年", "500 强"), and between Chinese
 * characters where a printed line wrapped ("发展 计划"). Chinese typesetting
 * never needs an ASCII space next to a Chinese character, so every run of
 * ASCII whitespace that touches a CJK character on one side and a CJK
 * character, digit or Latin letter on the other is removed. An ideographic
 * space (U+3000) is never touched: it is how a report file keeps a space
 * that is really printed, such as between the two phrases of a slogan.
 */

/** Han ideographs, CJK punctuation and full-width forms, without U+3000. */
const CJK = '\\u2E80-\\u2FFF\\u3001-\\u303F\\u3040-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u201C\\u201D\\u2018\\u2019\\u2014\\u2026\\u00B7';
const ALNUM = 'A-Za-z0-9%';
const SPACE = '[ \\t\\r\\n]+';

const SPURIOUS_SPACE = new RegExp(
  `(?<=[${CJK}])${SPACE}(?=[${CJK}${ALNUM}])|(?<=[${ALNUM}])${SPACE}(?=[${CJK}])`,
  'gu',
);

const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const ALNUM_CHAR = new RegExp(`[${ALNUM}]`, 'u');

/** Removes the spurious spaces inside one piece of text. */
export function removeSpuriousSpaces(text: string): string {
  return text.replace(SPURIOUS_SPACE, '');
}

/**
 * Whether whitespace standing between the character `before` and the
 * character `after` (possibly in two different text nodes) is spurious.
 */
export function isSpuriousBetween(before: string, after: string): boolean {
  if (!before || !after) return false;
  const b = CJK_CHAR.test(before);
  const a = CJK_CHAR.test(after);
  return (b && (a || ALNUM_CHAR.test(after))) || (a && ALNUM_CHAR.test(before));
}
