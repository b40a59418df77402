/**
 * Text from the report files written into inline <script> and <style> elements. The HTML
 * parser ends those elements at the first `</script` or `</style`, whatever the JSON or CSS
 * around it says, so a front-matter value holding `</script><script>…` would run as code.
 * Astro escapes attributes and text, but not what `set:html` writes.
 */

/** JSON safe inside <script>: `<`, `>`, `&` and the JavaScript line separators written as \u escapes (still the same JSON). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A CSS string literal safe inside <style>: quotes, backslashes, `<`, `>`, `&` and control characters as CSS hex escapes. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\<>&\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
