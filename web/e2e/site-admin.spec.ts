import { accounts, audit, expect, pageHeading, signInAsAdmin, test } from './support';
import type { Page } from '@playwright/test';

// Named to run after sign-in.spec.ts, which locks the lockout account; run alone, this spec
// locks it itself first.

interface ListedUser {
  id: number;
  email: string;
  locked_at: string | null;
}

async function users(page: Page): Promise<ListedUser[]> {
  const response = await page.request.get('/api/v1/users');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: ListedUser[] }).items;
}

async function lockoutIsLocked(page: Page): Promise<boolean> {
  return (await users(page)).find((user) => user.email === accounts.lockout.email)?.locked_at != null;
}

function utcDate(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return date.toISOString().slice(0, 10);
}

test('an admin manages users: invites one, unlocks the locked account, disables and enables', async ({ page, request }) => {
  await signInAsAdmin(page);
  if (!(await lockoutIsLocked(page))) {
    for (let attempt = 0; attempt < 5; attempt++) {
      // A request context of its own, so that the admin's session cookie stays as it is.
      await request.post('/api/v1/auth/sign-in', {
        data: { email: accounts.lockout.email, password: 'a wrong passphrase' },
      });
    }
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
  await expect(pageHeading(page, 'Administration')).toBeFocused();
  await audit(page, 'admin');
  await page.getByRole('link', { name: 'Users' }).click();
  await expect(pageHeading(page, 'Users')).toBeFocused();
  const table = page.getByRole('table', { name: 'User accounts' });
  await expect(table.getByRole('row').filter({ hasText: accounts.admin.email })).toBeVisible();
  // No one disables themselves from here.
  await expect(table.getByRole('row').filter({ hasText: accounts.admin.email }).getByRole('button', { name: /^Disable/ })).toHaveCount(0);
  await audit(page, 'admin-users');

  // Invite: the test server logs the email instead of sending it.
  const email = `invited-${Date.now()}@riverton.example`;
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the email address.');
  await audit(page, 'admin-users-invite-empty');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name', { exact: true }).fill('Ivy Invited');
  const invited = page.waitForResponse((r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  expect((await invited).status()).toBe(201);
  await expect(page.getByRole('status').filter({ hasText: `${email} was invited.` })).toBeFocused();
  const invitee = table.getByRole('row').filter({ hasText: email });
  await expect(invitee).toContainText('Member');
  await expect(invitee).toContainText('Active');

  // The same address again: the server's answer is shown.
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name', { exact: true }).fill('Ivy Again');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(summary).toBeFocused();
  await audit(page, 'admin-users-invite-duplicate');

  // Unlock the locked account, after confirming.
  const locked = table.getByRole('row').filter({ hasText: accounts.lockout.email });
  await expect(locked).toContainText('Locked since');
  await locked.getByRole('button', { name: 'Unlock Lee Locked' }).click();
  await expect(locked.getByText('Unlock Lee Locked? They can sign in again at once.')).toBeFocused();
  await audit(page, 'admin-users-unlock-question');
  await locked.getByRole('button', { name: 'Yes, unlock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lee Locked was unlocked.' })).toBeFocused();
  await expect(locked).not.toContainText('Locked since');
  expect(await lockoutIsLocked(page)).toBe(false);

  // Disable the invited account, then enable it again.
  await invitee.getByRole('button', { name: 'Disable Ivy Invited' }).click();
  await invitee.getByRole('button', { name: 'Yes, disable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ivy Invited was disabled.' })).toBeFocused();
  await expect(invitee).toContainText('Disabled');
  await audit(page, 'admin-users-disabled');
  await invitee.getByRole('button', { name: 'Enable Ivy Invited' }).click();
  await invitee.getByRole('button', { name: 'Yes, enable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ivy Invited was enabled.' })).toBeFocused();
  await expect(invitee).toContainText('Active');

  // The audit trail: filters, paging, CSV with the same filters.
  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(pageHeading(page, 'Audit trail')).toBeFocused();
  const events = page.getByRole('table', { name: 'Audit events, newest first' });
  await expect(events.getByRole('row').nth(1)).toBeVisible();
  await audit(page, 'admin-audit');

  await page.getByLabel('Action starts with').fill('user.');
  await page.getByLabel('From (date)').fill(utcDate(-1));
  await page.getByLabel('Until (date)').fill(utcDate());
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/audit-events?'));
  await page.getByRole('button', { name: 'Show events' }).click();
  const query = new URL((await filtered).url()).searchParams;
  expect(query.get('action')).toBe('user.');
  expect(query.get('from')).toBe(`${utcDate(-1)}T00:00:00.000Z`);
  expect(query.get('until')).toBe(`${utcDate(1)}T00:00:00.000Z`);
  await expect(events.getByRole('row').filter({ hasText: 'user.invite' }).first()).toBeVisible();
  await expect(events.getByRole('row').filter({ hasText: 'user.unlock' }).first()).toBeVisible();
  const actions = await events.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(actions.every((action) => action.startsWith('user.'))).toBe(true);
  await audit(page, 'admin-audit-filtered');

  const download = page.getByRole('link', { name: 'Download CSV' });
  const href = (await download.getAttribute('href')) ?? '';
  expect(href).toContain('/api/v1/audit-events/export?');
  expect(new URL(href, page.url()).searchParams.get('action')).toBe('user.');
  const csv = await page.request.get(href);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('csv');
  expect(await csv.text()).toContain('user.invite');

  // Paging: pages of two events here, so that "Older events" has something to fetch.
  await page.route('**/api/v1/audit-events?*', (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('limit', '2');
    return route.continue({ url: url.toString() });
  });
  await page.getByLabel('Action starts with').fill('');
  await page.getByRole('button', { name: 'Show events' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 events.' })).toBeVisible();
  await page.getByRole('button', { name: 'Older events' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 4 events.' })).toBeVisible();
  await expect(events.locator('tbody tr').nth(2)).toBeFocused();
  await audit(page, 'admin-audit-older');
  await page.unroute('**/api/v1/audit-events?*');

  // Sign-in settings: change the notice, then put it back.
  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'Sign-in settings' }).click();
  await expect(pageHeading(page, 'Sign-in settings')).toBeFocused();
  const notice = page.getByLabel('Sign-in notice');
  await expect(notice).not.toHaveValue('');
  const original = await notice.inputValue();
  const everyone = page.getByRole('checkbox', { name: /Everyone must use two-step verification/ });
  const everyoneBefore = await everyone.isChecked();
  await audit(page, 'admin-settings');
  await notice.fill(`${original}\n\nTesting a changed notice.`);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The sign-in settings were saved.' })).toBeFocused();
  const saved = await page.request.get('/api/v1/settings/sign-in');
  expect(((await saved.json()) as { notice: string }).notice).toContain('Testing a changed notice.');
  await audit(page, 'admin-settings-saved');
  await notice.fill(original);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The sign-in settings were saved.' })).toBeVisible();
  const restored = (await (await page.request.get('/api/v1/settings/sign-in')).json()) as {
    notice: string;
    second_factor_for_everyone: boolean;
  };
  expect(restored.notice).toBe(original);
  expect(restored.second_factor_for_everyone).toBe(everyoneBefore);
});
