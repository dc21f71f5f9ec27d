import {
  accounts,
  acknowledgeNotice,
  apiWithSession,
  audit,
  expect,
  loadSecondFactor,
  nextTotpCode,
  pageHeading,
  submitCredentials,
  test,
  type Account,
} from './support';
import type { Page } from '@playwright/test';

/** Signs the plain user in, with a code too if plain-user.spec.ts has turned that on already. */
async function signInAsUser(page: Page, who: Account): Promise<void> {
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
  await expect(page).toHaveURL(/\/organizations$/);
}

test('a plain user changes the password, manages API tokens and signs in with the new password', async ({ page }) => {
  const newPassword = 'a brand new coordinator passphrase';
  await signInAsUser(page, accounts.user);
  // No administration for plain users.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page.getByRole('alert').filter({ hasText: 'Only site administrators can use these pages.' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Your account' }).click();
  await expect(pageHeading(page, 'Your account')).toBeFocused();

  // Where you're signed in: this browser is marked.
  const sessions = page.getByRole('table', { name: 'Your sessions' });
  await expect(sessions.getByRole('row').filter({ hasText: 'This browser' })).toHaveCount(1);
  await audit(page, 'account-security');

  // A wrong current password is named by the server.
  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /^Current password: / })).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await audit(page, 'account-password-wrong');

  await page.getByLabel('Current password').fill(accounts.user.password);
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed.' })).toBeFocused();
  await expect(summary).toHaveCount(0);

  // API tokens: made, shown once, revoked after confirming.
  const tokenName = `e2e reporting ${Date.now()}`;
  await page.getByLabel('Name', { exact: true }).fill(tokenName);
  await page.getByLabel('Access').selectOption('read_write');
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/account/api-tokens') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Create token' }).click();
  expect((await created).status()).toBe(201);
  await expect(page.getByRole('heading', { level: 3, name: `Your new token: ${tokenName}` })).toBeFocused();
  await expect(page.getByRole('alert').filter({ hasText: 'It is shown only this once' })).toBeVisible();
  const tokenField = page.getByRole('textbox', { name: 'Token', exact: true });
  await expect(tokenField).toHaveAttribute('readonly', '');
  expect((await tokenField.inputValue()).length).toBeGreaterThan(10);
  const tokens = page.getByRole('table', { name: 'Your API tokens' });
  const row = tokens.getByRole('row').filter({ hasText: tokenName });
  await expect(row).toContainText('Read and change');
  await expect(row).toContainText('Active');
  await audit(page, 'account-token-created');
  await page.getByRole('button', { name: 'I have copied it' }).click();
  await expect(tokenField).toHaveCount(0);

  await row.getByRole('button', { name: `Revoke ${tokenName}` }).click();
  await expect(row.getByText(`Revoke ${tokenName}? Programs using it will stop working.`)).toBeFocused();
  await audit(page, 'account-token-revoke-question');
  await row.getByRole('button', { name: 'No, keep it' }).click();
  await expect(row.getByRole('button', { name: `Revoke ${tokenName}` })).toBeFocused();
  await row.getByRole('button', { name: `Revoke ${tokenName}` }).click();
  await row.getByRole('button', { name: 'Yes, revoke it' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The token ${tokenName} was revoked.` })).toBeFocused();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button')).toHaveCount(0);
  await audit(page, 'account-token-revoked');

  // The old password no longer works; the new one does.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signInAsUser(page, { email: accounts.user.email, password: newPassword });

  // Put the password back for the other specs.
  const restored = await apiWithSession(page, 'POST', '/api/v1/account/password', {
    data: { current_password: newPassword, new_password: accounts.user.password },
  });
  expect(restored.status()).toBe(204);
});

test('forgot password: asking for a link, and a set-password link that does not work', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(pageHeading(page, 'Reset your password')).toBeFocused();
  await expect(page).toHaveTitle('Reset your password | CommonGround');
  await audit(page, 'forgot-password');

  await page.getByRole('button', { name: 'Send the link' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter your email address.');

  await page.getByLabel('Email address').fill('nobody-in-particular@riverton.example');
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/password-reset'));
  await page.getByRole('button', { name: 'Send the link' }).click();
  const response = await answer;
  expect(response.status()).toBe(202);
  const detail = ((await response.json()) as { detail: string }).detail;
  await expect(page.getByRole('status').filter({ hasText: detail })).toBeFocused();
  await expect(summary).toHaveCount(0);
  await audit(page, 'forgot-password-sent');
  await page.getByRole('link', { name: 'Back to sign in' }).click();
  await expect(pageHeading(page, 'Sign in')).toBeVisible();

  // Without a token the page says what it needs.
  await page.goto('/set-password');
  await expect(page.getByRole('alert').filter({ hasText: 'This page needs the link from your email.' })).toBeVisible();
  await audit(page, 'set-password-no-token');

  // A token the server does not know is refused, naming the token.
  await page.goto('/set-password?token=not-a-real-token');
  await expect(pageHeading(page, 'Choose a password')).toBeVisible();
  await page.getByLabel('New password').fill('a perfectly fine passphrase');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(summary).toBeFocused();
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await audit(page, 'set-password-bad-token');
});
