export const HOME = '/organizations';
export const SIGN_IN = '/sign-in';

/** The sign-in address that returns to `path` (path, query and fragment of this app) afterwards. */
export function signInPathFor(path: string): string {
  return path === HOME || !isSafeNext(path) ? SIGN_IN : `${SIGN_IN}?next=${encodeURIComponent(path)}`;
}

/**
 * Where to go after signing in: the `next` query value when it is a path in this app, else the
 * list of organizations. Anything that could leave the site (`//host`, `https:`, `/\host`) or
 * loop back to the sign-in page is ignored.
 */
export function nextFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next !== null && isSafeNext(next) ? next : HOME;
}

function isSafeNext(path: string): boolean {
  return (
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.startsWith('/\\') &&
    !/[\u0000-\u001f]/.test(path) &&
    path !== SIGN_IN &&
    !path.startsWith(`${SIGN_IN}?`) &&
    !path.startsWith(`${SIGN_IN}/`)
  );
}
