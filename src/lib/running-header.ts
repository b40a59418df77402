/**
 * The running header of a printed report: its (display) title in the top margin of every page.
 * It is a stylesheet of its own per report (src/pages/reports/[id]/running-header.css.ts),
 * because the title is only known per report and the Content-Security-Policy forbids inline styles.
 */

/** `text` as a CSS string: quotes and backslashes escaped, control characters (line breaks) as hexadecimal escapes. */
export function cssString(text: string): string {
  const escaped = text.replace(/["\\]/g, '\\$&').replace(/[\u0000-\u001f\u007f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/**
 * The stylesheet that prints `title` at the top centre of every page (src/styles/print.css sets its type size).
 * It declares no layer: the page links it before the site's stylesheet, so a layer named here would come
 * first in the layer order and put the whole print layer under the others. Nothing else sets this content.
 */
export function runningHeaderCss(title: string): string {
  // The title is Chinese: without @charset a stylesheet takes the page's encoding, which a host may not declare.
  return `@charset "UTF-8";\n@page {\n  @top-center { content: ${cssString(title)}; }\n}\n`;
}
