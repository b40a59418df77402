/**
 * The site can be served under a path (BASE_PATH=/sub → https://host/sub/), so
 * no link, asset or search result may be written as a bare root path: every
 * one goes through joinBase (in pages and scripts, through sitePath).
 */

/** `path` (a site path such as `/reports/x/`) under `base` (`/`, `/sub`, `/sub/`). */
export function joinBase(base: string, path: string): string {
  const prefix = base.replace(/^\/+|\/+$/g, '');
  const rest = path.replace(/^\/+/, '');
  return prefix ? `/${prefix}/${rest}` : `/${rest}`;
}
