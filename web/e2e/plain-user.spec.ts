import {
  accounts,
  acknowledgeNotice,
  audit,
  displayName,
  expect,
  nextTotpCode,
  pageHeading,
  saveSecondFactor,
  submitCredentials,
  test,
} from './support';

// In order: the second test turns on two-step verification for the user.
test.describe.configure({ mode: 'serial' });

test('a plain user sees organizations but cannot add or change them', async ({ page }) => {
  // Asking for a page before signing in comes back to it afterwards.
  await page.goto('/organizations/new');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Forganizations%2Fnew$/);
  await submitCredentials(page, accounts.user);
  await acknowledgeNotice(page);
  await expect(page).toHaveURL(/\/organizations\/new$/);
  await expect(page.getByRole('status').filter({ hasText: 'Only site administrators can add or change organizations.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add organization' })).toHaveCount(0);
  await audit(page, 'user-organization-new');

  await page.getByRole('navigation').getByRole('link', { name: 'Organizations' }).click();
  await expect(pageHeading(page, 'Organizations')).toBeFocused();
  await expect(page.getByText(`Signed in as ${await displayName(page)}`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Partner organizations' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add an organization' })).toHaveCount(0);
  await audit(page, 'organizations-user');

  // An organization's name leads to its details, without an edit link.
  const first = page.getByRole('table').getByRole('rowheader').first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/organizations\/[0-9]+$/);
  await expect(pageHeading(page, name)).toBeFocused();
  await expect(page.getByRole('link', { name: 'Edit this organization' })).toHaveCount(0);
  await audit(page, 'organization-details-user');
});

test('the account page turns on two-step verification and signs out everywhere', async ({ page }) => {
  await page.goto('/sign-in');
  await submitCredentials(page, accounts.user);
  await acknowledgeNotice(page);
  await page.getByRole('link', { name: 'Your account' }).click();
  await expect(pageHeading(page, 'Your account')).toBeFocused();
  await expect(page).toHaveTitle('Your account | CommonGround');
  await expect(page.getByRole('definition').filter({ hasText: accounts.user.email })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Off$/ })).toBeVisible();
  await audit(page, 'account-user');

  // Set up, reusing the sign-in's set-up steps.
  await page.getByRole('button', { name: 'Set up two-step verification' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Set up two-step verification' })).toBeFocused();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = ((await page.locator('#enrol-secret').textContent()) ?? '').replace(/\s/g, '');
  await audit(page, 'account-enrol');
  const state = { secret, lastStep: -1, recoveryCodes: [] as string[] };
  await page.getByLabel('Code from the app').fill(await nextTotpCode('user', state));
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Save your recovery codes' })).toBeFocused();
  state.recoveryCodes = await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allTextContents();
  expect(state.recoveryCodes).toHaveLength(10);
  await saveSecondFactor('user', state);
  await audit(page, 'account-recovery-codes');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('definition').filter({ hasText: /^On$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Two-step verification' })).toBeFocused();
  await audit(page, 'account-user-two-step-on');

  // Sign out everywhere: this browser too.
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: /You have signed out everywhere\. Sessions ended: [1-9]/ })).toBeVisible();
  await audit(page, 'signed-out-everywhere');

  // The account page now needs signing in again, this time with a recovery code.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await submitCredentials(page, accounts.user);
  await expect(pageHeading(page, 'Enter your security code')).toBeFocused();
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(state.recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Continue' }).click();
  await acknowledgeNotice(page);
  await expect(page).toHaveURL(/\/account$/);
  await expect(pageHeading(page, 'Your account')).toBeVisible();
});
