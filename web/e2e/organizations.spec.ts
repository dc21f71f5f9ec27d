import { apiWithSession, audit, expect, pageHeading, signInAsAdmin, test } from './support';

// Each test signs the admin in through the pages: with a recovery code here (each is used once,
// the admin-enrolment spec saved ten), so no test waits for a fresh authenticator code.
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsAdmin(page, 'recovery');
});

test('organizations can be listed, added, edited, found and deleted', async ({ page }) => {
  const name = `Playwright Test Association ${Date.now()}`;

  await expect(page).toHaveTitle('Organizations | CommonGround');
  await expect(page.getByRole('table', { name: 'Partner organizations' })).toBeVisible();
  await audit(page, 'organizations');

  // An empty form: the error summary takes focus and its links lead to the fields.
  await page.getByRole('link', { name: 'Add an organization' }).click();
  await expect(pageHeading(page, 'Add an organization')).toBeFocused();
  await expect(page).toHaveTitle('Add an organization | CommonGround');
  await page.getByRole('button', { name: 'Add organization' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: /^Name:/ }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await audit(page, 'organization-form-errors');

  // Add it by keyboard.
  await page.keyboard.type(name);
  await page.getByLabel('Sector').selectOption({ label: 'Residents and neighborhood groups' });
  await page.getByLabel('Kind of organization (optional)').selectOption({ label: 'Association' });
  await page.getByLabel('Website (optional)').fill('https://playwright.example.org');
  await page.getByLabel('Website (optional)').press('Enter');
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByRole('status').filter({ hasText: `${name} was added.` })).toBeVisible();
  await audit(page, 'organizations-added');

  // Find it and change it.
  await page.getByLabel('Name contains').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('Showing all 1 organizations that match.')).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveTitle(`Edit ${name} | CommonGround`);
  await page.getByLabel('Phone (optional)').fill('(555) 010-9999');
  await page.getByLabel('Notes (optional)').fill('Meets on the first Tuesday.\nAll welcome.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(`Your changes to ${name} were saved.`)).toBeVisible();

  // The list shows the change.
  await page.getByLabel('Name contains').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Residents and neighborhood groups');
  await expect(row).toContainText('Association');
  await expect(row).toContainText('(555) 010-9999');
  await audit(page, 'organizations-after-edit');

  // The details page shows everything, with a link to edit for an admin.
  const id = /organization-link-([0-9]+)/.exec((await page.getByRole('link', { name }).getAttribute('id')) ?? '')?.[1];
  await page.goto(`/organizations/${id}`);
  await expect(pageHeading(page, name)).toBeVisible();
  await expect(page.getByText('Meets on the first Tuesday.')).toBeVisible();
  await audit(page, 'organization-details-admin');
  await page.getByRole('link', { name: 'Edit this organization' }).click();

  // Delete asks first, then removes it.
  await page.getByRole('button', { name: 'Delete organization' }).click();
  await expect(page.getByText(`Delete ${name}? This cannot be undone.`)).toBeFocused();
  await audit(page, 'organization-delete');
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText(`${name} was deleted.`)).toBeVisible();
});

test('a change saved by someone else first is shown, and mine can be applied on top', async ({ page }) => {
  const created = await apiWithSession(page, 'POST', '/api/v1/organizations', {
    data: { name: `Playwright Stale Test ${Date.now()}`, sector: 'faith' },
  });
  expect(created.status()).toBe(201);
  const organization = (await created.json()) as { id: number; name: string; version: number };

  await page.goto(`/organizations/${organization.id}/edit`);
  await page.getByLabel('Phone (optional)').fill('(555) 010-1111');

  // Someone else saves first.
  const theirs = await apiWithSession(page, 'PATCH', `/api/v1/organizations/${organization.id}`, {
    data: { notes: 'Changed by someone else' },
    headers: { 'If-Match': `"${organization.version}"` },
  });
  expect(theirs.ok()).toBe(true);

  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this organization' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('your changes were not saved');
  await expect(notice).toContainText('Changed by someone else');
  await audit(page, 'organization-stale');

  await notice.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await expect(page.getByLabel('Phone (optional)')).toHaveValue('(555) 010-1111');
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('Changed by someone else');
  await audit(page, 'organization-stale-applied');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(`Your changes to ${organization.name} were saved.`)).toBeVisible();

  const stored = await page.request.get(`/api/v1/organizations/${organization.id}`);
  expect(await stored.json()).toMatchObject({ phone: '(555) 010-1111', notes: 'Changed by someone else' });
  const deleted = await apiWithSession(page, 'DELETE', `/api/v1/organizations/${organization.id}`);
  expect(deleted.status()).toBe(204);
});

test('a refusal from the server (403) is shown with its reason', async ({ page }) => {
  // An admin who lost the role while the form was open: the server's answer, given by the browser.
  await page.route('**/api/v1/organizations', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 403,
          headers: { 'Content-Type': 'application/problem+json' },
          body: JSON.stringify({
            type: 'urn:commonground:problem:forbidden',
            title: 'Not allowed',
            status: 403,
            detail: 'Only site administrators may do this.',
          }),
        })
      : route.fallback(),
  );
  await page.getByRole('link', { name: 'Add an organization' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Not to be saved');
  await page.getByLabel('Sector').selectOption({ label: 'Faith groups' });
  await page.getByRole('button', { name: 'Add organization' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Only site administrators may do this.');
  await audit(page, 'organization-forbidden');
});
