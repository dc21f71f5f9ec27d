import { accounts, audit, expect, pageHeading, submitCredentials, test } from './support';

test('a wrong password, or none, is explained in an alert that takes focus', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page).toHaveTitle('Sign in | CommonGround');

  // Nothing entered: the summary links to both fields (no sign-in attempt is spent).
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: 'Password: Enter your password.' }).click();
  await expect(page.getByLabel('Password')).toBeFocused();
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  await audit(page, 'sign-in-empty');

  await submitCredentials(page, { email: accounts.user.email, password: 'not the right passphrase' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The email address or password is not right.');
  await expect(page.getByLabel('Email address')).not.toHaveAttribute('aria-invalid', 'true');
  await audit(page, 'sign-in-wrong-password');
});

test('five wrong passwords lock the account; then even the right one is refused', async ({ page }) => {
  await page.goto('/sign-in');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  const wrong = { email: accounts.lockout.email, password: 'a wrong passphrase' };
  for (let attempt = 1; attempt <= 4; attempt++) {
    await submitCredentials(page, wrong);
    await expect(summary).toContainText('The email address or password is not right.');
    await expect(summary).toBeFocused();
  }
  await submitCredentials(page, wrong);
  await expect(summary).toContainText('the account is now locked');
  await expect(summary).toBeFocused();
  await audit(page, 'sign-in-locking');

  await submitCredentials(page, accounts.lockout);
  await expect(summary).toContainText('This account is locked');
  await expect(summary).toBeFocused();
  await expect(pageHeading(page, 'Sign in')).toBeVisible();
  await audit(page, 'sign-in-locked');
});

test('too many attempts from one network: the wait is shown', async ({ page }) => {
  // Reaching the real limit (30 attempts in 5 minutes from one address) would block the other
  // specs, so this answer is the server's own wording, given by the browser instead.
  await page.route('**/api/v1/auth/sign-in', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '41' },
      body: JSON.stringify({
        type: 'urn:commonground:problem:too-many-requests',
        title: 'Too many attempts',
        status: 429,
        detail: 'Too many sign-in attempts from your network. Wait 41 seconds, then try again.',
      }),
    }),
  );
  await page.goto('/sign-in');
  await submitCredentials(page, accounts.user);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Wait 41 seconds, then try again.');
  await audit(page, 'sign-in-too-many');
});
