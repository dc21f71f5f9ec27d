/**
 * Before any browser starts: the server must answer at CG_BASE_URL and the accounts must be as
 * the specs expect (a fresh database: the run turns on two-step verification and locks one
 * account, so a second run on the same database cannot pass). Fails early with a plain reason.
 */
export default async function globalSetup(): Promise<void> {
  const base = process.env.CG_BASE_URL;
  const names = ['ADMIN', 'USER', 'LOCKOUT'].flatMap((who) => [`CG_E2E_${who}_EMAIL`, `CG_E2E_${who}_PASSWORD`]);
  const missing = ['CG_BASE_URL', ...names].filter((name) => (process.env[name] ?? '') === '');
  if (missing.length > 0) throw new Error(`Set ${missing.join(', ')} (see web/README.md).`);

  for (const who of ['ADMIN', 'USER', 'LOCKOUT']) {
    const email = process.env[`CG_E2E_${who}_EMAIL`];
    const response = await fetch(new URL('/api/v1/auth/sign-in', base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: process.env[`CG_E2E_${who}_PASSWORD`] }),
    });
    const body = (await response.json()) as { stage?: string; user?: { mfa_enabled: boolean }; detail?: string };
    if (!response.ok) {
      throw new Error(`${email} cannot sign in (${response.status}: ${body.detail}). Recreate the database.`);
    }
    if (body.user?.mfa_enabled === true) {
      throw new Error(`${email} already has two-step verification on. Recreate the database.`);
    }
    if (who === 'ADMIN' && body.stage !== 'notice') {
      throw new Error(`${email} should be a site admin at the notice stage, not ${body.stage}.`);
    }
    // End the session this check started.
    const setCookie = response.headers.get('set-cookie') ?? '';
    const session = /cg_session=([^;,]*)/.exec(setCookie)?.[1] ?? '';
    const csrf = /cg_csrf=([^;,]*)/.exec(setCookie)?.[1] ?? '';
    const cookie = `cg_session=${session}; cg_csrf=${csrf}`;
    await fetch(new URL('/api/v1/auth/sign-out', base), {
      method: 'POST',
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf },
    });
  }
}
