import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { totp, usableStep } from './totp';

export { expect };

export interface Account {
  email: string;
  password: string;
}

/** The accounts the run uses, from the environment (see README.md). */
export const accounts = {
  /** A site admin without two-step verification yet: the admin-enrolment spec sets it up. */
  admin: account('ADMIN'),
  /** A plain user; plain-user.spec.ts turns two-step verification on for it. */
  user: account('USER'),
  /** An account lockout.spec.ts locks. */
  lockout: account('LOCKOUT'),
};

function account(name: string): Account {
  return {
    email: process.env[`CG_E2E_${name}_EMAIL`] ?? '',
    password: process.env[`CG_E2E_${name}_PASSWORD`] ?? '',
  };
}

/**
 * Every test fails if the page breaks the Content-Security-Policy or throws: such errors only
 * show in the console.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(`${error.name}: ${error.message}`));
      await use(problems);
      expect(problems, 'CSP violations and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 800 };

/**
 * Checks the page as it is now with axe (WCAG 2.1 A and AA) and saves full-page screenshots at
 * 1280 and 320 px wide under test-results/; at 320 px nothing may make the page scroll sideways.
 */
export async function audit(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  for (const viewport of [WIDE, NARROW]) {
    await page.setViewportSize(viewport);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, `${name} at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: test.info().outputPath(`${name}-${viewport.width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
  // Resizing must not lose the place a keyboard user was at.
  if (focused !== '') await expect(page.locator(`[id="${focused}"]`)).toBeFocused();
}

/**
 * A page in its own browser context, 1280 px wide: signed in with the session saved at `session`
 * (Playwright's storage state), or signed out.
 */
export async function pageWith(browser: Browser, session: string | null): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.CG_BASE_URL,
    storageState: session ?? { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  await page.setViewportSize(WIDE);
  return page;
}

/** The heading of the page or step shown now. */
export function pageHeading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name });
}

/** The display name of the person signed in on `page`, as the server has it. */
export async function displayName(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/auth/session');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { user: { display_name: string } }).user.display_name;
}

/** Fills in and sends the email-and-password step. */
export async function submitCredentials(page: Page, who: Account): Promise<void> {
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Acknowledges the sign-in notice, which the server shows on every sign-in. */
export async function acknowledgeNotice(page: Page): Promise<void> {
  await expect(pageHeading(page, 'Before you continue')).toBeFocused();
  await page.getByRole('button', { name: 'I understand' }).click();
}

// ---- The admin's second factor, shared between specs through a file --------------------------

/** What the admin-enrolment spec learned: the TOTP secret and the recovery codes. */
export interface SecondFactorState {
  secret: string;
  /** The last TOTP step the server accepted; each code works once. */
  lastStep: number;
  /** Recovery codes not used yet. */
  recoveryCodes: string[];
}

function stateFile(name: string): string {
  return path.join(test.info().project.outputDir, '.auth', `${name}.json`);
}

export async function saveSecondFactor(name: string, state: SecondFactorState): Promise<void> {
  await mkdir(path.dirname(stateFile(name)), { recursive: true });
  await writeFile(stateFile(name), JSON.stringify(state, null, 2));
}

export async function loadSecondFactor(name: string): Promise<SecondFactorState> {
  try {
    return JSON.parse(await readFile(stateFile(name), 'utf8')) as SecondFactorState;
  } catch {
    throw new Error(
      `${stateFile(name)} is missing: run the whole suite (the admin-enrolment project sets up the admin's second factor) on a fresh database.`,
    );
  }
}

/** A TOTP code the server takes now, recording its step as used. */
export async function nextTotpCode(name: string, state: SecondFactorState): Promise<string> {
  const step = await usableStep(state.lastStep);
  state.lastStep = step;
  await saveSecondFactor(name, state);
  return totp(state.secret, step);
}

/** Signs the admin in through the pages, with a TOTP code or, when asked, a recovery code. */
export async function signInAsAdmin(page: Page, how: 'app' | 'recovery' = 'app'): Promise<void> {
  const state = await loadSecondFactor('admin');
  await page.goto('/sign-in');
  await submitCredentials(page, accounts.admin);
  await expect(pageHeading(page, 'Enter your security code')).toBeFocused();
  if (how === 'recovery') {
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    const code = state.recoveryCodes.shift();
    if (code === undefined) throw new Error('no recovery codes left');
    await saveSecondFactor('admin', state);
    await page.getByLabel('Recovery code').fill(code);
  } else {
    await page.getByLabel('Security code').fill(await nextTotpCode('admin', state));
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await acknowledgeNotice(page);
  await expect(page).toHaveURL(/\/organizations$/);
}

/** Sends a changing API request with the page's session cookie and its CSRF token. */
export async function apiWithSession(
  page: Page,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: { data?: unknown; headers?: Record<string, string> } = {},
) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'cg_csrf')?.value ?? '';
  return page.request.fetch(url, {
    method,
    ...(options.data === undefined ? {} : { data: options.data }),
    headers: { 'X-CSRF-Token': csrf, ...options.headers },
  });
}

// ---- Shared by the plan, review and meeting stories ---------------------------------------------

/** A date `offset` days from today (UTC), as the API and date inputs take it. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Signs in through the pages, with a code too if plain-user.spec.ts turned that on already. */
export async function signIn(page: Page, who: Account): Promise<void> {
  await page.goto('/sign-in');
  await submitCredentials(page, who);
  const code = pageHeading(page, 'Enter your security code');
  await expect(pageHeading(page, 'Before you continue').or(code)).toBeVisible();
  if (await code.isVisible()) {
    const state = await loadSecondFactor('user');
    await page.getByLabel('Security code').fill(await nextTotpCode('user', state));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await acknowledgeNotice(page);
}

/** Ticks the USWDS checkbox or radio button with this id by clicking its label, as people do. */
export async function tick(page: Page, id: string): Promise<void> {
  await page.locator(`label[for="${id}"]`).click();
  await expect(page.locator(`[id="${id}"]`)).toBeChecked();
}

/** The token of the newest invitation emailed to `email`, from the server's log (see partnerships.spec.ts). */
export async function invitationToken(email: string): Promise<string> {
  const log = process.env.CG_E2E_SERVER_LOG ?? '';
  expect(log, 'CG_E2E_SERVER_LOG names the server log the invitation emails are read from').not.toBe('');
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        for (const line of (await readFile(log, 'utf8')).split('\n').reverse()) {
          if (!line.includes(email)) continue;
          try {
            const entry = JSON.parse(line) as { to?: string; text?: string };
            const found = entry.to === email ? /\/invitations\/([A-Za-z0-9_-]+)/.exec(entry.text ?? '') : null;
            if (found !== null) {
              token = found[1];
              return true;
            }
          } catch {
            // Not one of the server's JSON lines.
          }
        }
        return false;
      },
      { message: `an invitation email to ${email} in ${log}`, timeout: 10_000 },
    )
    .toBe(true);
  return token!;
}
