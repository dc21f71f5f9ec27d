import {
  accounts,
  acknowledgeNotice,
  audit,
  displayName,
  expect,
  loadSecondFactor,
  nextTotpCode,
  pageHeading,
  saveSecondFactor,
  submitCredentials,
  test,
} from './support';
import { stepAt, totp } from './totp';

// Runs first (its own Playwright project): the admin has no second factor yet. It sets one up,
// saving the secret and the recovery codes for the specs that sign the admin in later.
test('an admin sets up two-step verification, works on an organization and signs in again with a code', async ({
  page,
}) => {
  // Any page of the app leads to sign-in first.
  await page.goto('/organizations');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page).toHaveTitle('Sign in | CommonGround');
  // Signed out, the navigation offers only the resource library.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Resource library']);
  await audit(page, 'sign-in');

  await submitCredentials(page, accounts.admin);
  await expect(pageHeading(page, 'Before you continue')).toBeFocused();
  await expect(page).toHaveTitle('Before you continue | CommonGround');
  await expect(page.getByText('You are accessing a system used by a police agency')).toBeVisible();
  await audit(page, 'notice');
  await acknowledgeNotice(page);

  // Setting up: a QR code drawn on a canvas, and the key as text.
  await expect(pageHeading(page, 'Set up two-step verification')).toBeFocused();
  const qr = page.getByRole('img', { name: 'QR code for adding CommonGround to an authenticator app' });
  await expect(qr).toBeVisible();
  const darkPixels = await qr.evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark;
  });
  expect(darkPixels, 'the QR code is drawn').toBeGreaterThan(1000);
  const secret = ((await page.locator('#enrol-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(page.getByRole('button', { name: 'Cancel signing in' })).toBeVisible();
  await audit(page, 'enrol');

  // No code, then a wrong one: the error summary takes focus and leads to the field.
  const code = page.getByLabel('Code from the app');
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Code from the app: Enter the 6-digit code');
  await code.fill(totp(secret, stepAt() - 20));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await expect(summary).toContainText('This code is not right');
  await expect(summary).toBeFocused();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await audit(page, 'enrol-wrong-code');

  const state = { secret, lastStep: -1, recoveryCodes: [] as string[] };
  await code.fill(await nextTotpCode('admin', state));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();

  // The recovery codes, once.
  await expect(pageHeading(page, 'Save your recovery codes')).toBeFocused();
  const codes = await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  for (const recovery of codes) expect(recovery).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4})+$/);
  state.recoveryCodes = codes;
  await saveSecondFactor('admin', state);
  await audit(page, 'recovery-codes');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Signed in: the header says who, and an admin may add organizations.
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(pageHeading(page, 'Organizations')).toBeVisible();
  await expect(page.getByText(`Signed in as ${await displayName(page)}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await audit(page, 'organizations-admin');

  // Create an organization, then change it.
  const name = `Riverton Night Market Association ${Date.now()}`;
  await page.getByRole('link', { name: 'Add an organization' }).click();
  await expect(pageHeading(page, 'Add an organization')).toBeFocused();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Sector').selectOption({ label: 'Residents and neighborhood groups' });
  await audit(page, 'organization-new');
  await page.getByRole('button', { name: 'Add organization' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} was added.` })).toBeVisible();
  await page.getByLabel('Name contains').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveTitle(`Edit ${name} | CommonGround`);
  await page.getByLabel('Notes (optional)').fill('Meets at the river bend on Fridays.');
  await audit(page, 'organization-edit');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(`Your changes to ${name} were saved.`)).toBeVisible();

  // Sign out, then in again: now a security code is asked for.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible();
  await audit(page, 'signed-out');

  await submitCredentials(page, accounts.admin);
  await expect(pageHeading(page, 'Enter your security code')).toBeFocused();
  await expect(page).toHaveTitle('Enter your security code | CommonGround');
  await audit(page, 'security-code');

  // The recovery-code alternative relabels the field and takes the person there; and back.
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await expect(page.getByLabel('Recovery code')).toBeFocused();
  await audit(page, 'security-code-recovery');
  await page.getByRole('button', { name: 'Use a code from your authenticator app instead' }).click();
  await expect(page.getByLabel('Security code')).toBeFocused();

  const saved = await loadSecondFactor('admin');
  await page.getByLabel('Security code').fill(await nextTotpCode('admin', saved));
  await page.getByRole('button', { name: 'Continue' }).click();
  await acknowledgeNotice(page);
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByText(`Signed in as ${await displayName(page)}`)).toBeVisible();

  // The account page says two-step verification is on.
  await page.getByRole('link', { name: 'Your account' }).click();
  await expect(pageHeading(page, 'Your account')).toBeFocused();
  await expect(page.getByRole('definition').filter({ hasText: /^On$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set up two-step verification' })).toHaveCount(0);
  await audit(page, 'account-admin');
});
