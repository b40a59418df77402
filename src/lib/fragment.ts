/** The element id a URL fragment names (`location.hash`, with or without `#`): percent-decoded, or as written when the escapes are malformed (never throws). */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
