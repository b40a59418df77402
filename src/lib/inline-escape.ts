/**
 * Text from the report files written into an inline <script> element (the JSON-LD). The HTML
 * parser ends it at the first `</script`, whatever the JSON around it says, so a front-matter
 * value holding `</script><script>…` would run as code. Astro escapes attributes and text, but
 * not what `set:html` writes. (The running header, a CSS string, is a stylesheet of its own:
 * src/lib/running-header.ts.)
 */

/** JSON safe inside <script>: `<`, `>`, `&` and the JavaScript line separators written as \u escapes (still the same JSON). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

