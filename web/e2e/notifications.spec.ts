import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  accounts,
  apiWithSession,
  audit,
  day,
  expect,
  invitationToken,
  pageHeading,
  signIn,
  signInAsAdmin,
  test,
  tick,
  type Account,
} from './support';

// One story, in order: a member of a new partnership the plain user leads chooses to be emailed
// immediately about it; the lead schedules two meetings (through the API) and the member sees
// the unread count in the header, the notifications, follows one to its meeting and marks the
// rest read; a site admin looks at the delivery jobs. Partnership and member are set up through
// the API and the invitation page, as in meetings.spec.ts.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Notice Table ${stamp}`;
const member: Account & { name: string } = {
  email: `nina.${stamp}@riverton.example`,
  password: 'nina picks a long passphrase',
  name: 'Nina Notified',
};
const firstTitle = 'Eastside beat meeting';
const secondTitle = 'Youth centre walk-through';
let partnershipId = 0;
let leadSession = '';
let memberSession = '';
const meetingIds: number[] = [];

test.use({ storageState: async ({}, use) => use(memberSession) });

/** A page signed in as the lead, in its own browser context. */
async function leadPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL, storageState: leadSession });
  return context.newPage();
}

function notificationsLink(page: Page) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ });
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: process.env.CG_BASE_URL });
  await signIn(page, accounts.user);
  const authDir = path.join(test.info().project.outputDir, '.auth');
  await mkdir(authDir, { recursive: true });
  leadSession = path.join(authDir, 'notifications-lead-session.json');
  memberSession = path.join(authDir, 'notifications-member-session.json');
  await page.context().storageState({ path: leadSession });

  const created = await apiWithSession(page, 'POST', '/api/v1/partnerships', {
    data: { name: partnershipName, my_sector: 'government' },
  });
  expect(created.status()).toBe(201);
  partnershipId = ((await created.json()) as { id: number }).id;
  const invited = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { email: member.email, person_name: member.name, sector: 'residents_neighborhood', role: 'member', invite: true },
  });
  expect(invited.status()).toBe(201);

  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL, storageState: { cookies: [], origins: [] } });
  const nina = await context.newPage();
  await nina.goto(`/invitations/${await invitationToken(member.email)}`);
  await nina.getByLabel('Your name').fill(member.name);
  await nina.getByLabel('Choose a password').fill(member.password);
  await nina.getByLabel('Type the password again').fill(member.password);
  await nina.getByRole('button', { name: 'Create account and join' }).click();
  const joined = pageHeading(nina, 'You have joined');
  await expect(joined.or(nina.getByRole('heading', { level: 1, name: partnershipName, exact: true }))).toBeVisible();
  if (await joined.isVisible()) await signIn(nina, member);
  await context.storageState({ path: memberSession });
  await context.close();
  await page.context().close();
});

test('a member chooses to be emailed immediately about a partnership', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Nothing has happened yet: the page says so in plain words.
  await page.goto('/partnerships');
  await notificationsLink(page).click();
  await expect(pageHeading(page, 'Notifications')).toBeFocused();
  await expect(notificationsLink(page)).toHaveAccessibleName('Notifications');
  await expect(page.getByText('You have no notifications yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
  await audit(page, 'notifications-empty');

  // Emails link to /account#notifications: the section comes into view with focus.
  await page.getByRole('link', { name: 'Choose how often we email you' }).click();
  await expect(pageHeading(page, 'Your account')).toBeVisible();
  const section = page.locator('#notifications');
  await expect(section).toBeFocused();
  await expect(section.getByRole('heading', { level: 2, name: 'Email about your partnerships' })).toBeVisible();
  const group = section.getByRole('group', { name: `Emails about ${partnershipName}` });
  await expect(group.getByRole('radio', { name: 'Daily digest' })).toBeChecked();
  await expect(section.getByText('at most one email a day')).toBeVisible();
  await tick(page, `email-choice-${partnershipId}-immediate`);
  await section.getByRole('button', { name: `Save the email choice for ${partnershipName}` }).click();
  const saved = section.getByRole('status').filter({ hasText: `Saved. Emails about ${partnershipName}: Immediately.` });
  await expect(saved).toBeFocused();
  await audit(page, 'account-notifications');

  await page.reload();
  await expect(page.locator('#notifications').getByRole('group', { name: `Emails about ${partnershipName}` }).getByRole('radio', { name: 'Immediately' })).toBeChecked();
  const settings = await page.request.get('/api/v1/me/notification-settings');
  expect(((await settings.json()) as { items: { partnership_id: number; frequency: string }[] }).items).toContainEqual(
    expect.objectContaining({ partnership_id: partnershipId, frequency: 'immediate' }),
  );
});

test('the member sees the lead’s meetings, follows one, and marks the rest read', async ({ page, browser }) => {
  test.slow();
  const lead = await leadPage(browser);
  for (const [index, title] of [firstTitle, secondTitle].entries()) {
    const scheduled = await apiWithSession(lead, 'POST', `/api/v1/partnerships/${partnershipId}/meetings`, {
      data: {
        title,
        kind: 'regular',
        description: null,
        date: day(7 + index),
        starts: '18:00',
        ends: '19:30',
        end_date: null,
        time_zone: 'America/Chicago',
        place: 'Eastside library, room 2',
        online_link: null,
        visibility: 'members',
        capacity: null,
        recurrence: null,
      },
    });
    expect(scheduled.status(), await scheduled.text()).toBe(201);
    meetingIds.push(((await scheduled.json()) as { id: number }).id);
  }
  await lead.context().close();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/partnerships');
  await expect(notificationsLink(page)).toHaveAccessibleName('Notifications, 2 unread');
  await notificationsLink(page).click();
  await expect(pageHeading(page, 'Notifications')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '2 unread of 2' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Your notifications' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(2);
  // Newest first: the second meeting scheduled is on top.
  await expect(items.nth(0).getByRole('heading', { level: 2 })).toContainText(secondTitle);
  await expect(items.nth(1).getByRole('heading', { level: 2 })).toContainText(firstTitle);
  const first = items.filter({ hasText: firstTitle });
  await expect(first).toContainText('New');
  await expect(first).toContainText('Meeting scheduled');
  await expect(first).toContainText('Scheduled at Eastside library, room 2.');
  await expect(first).toContainText(`At ${partnershipName},`);
  await audit(page, 'notifications');

  // Following a notification opens what it is about and marks it read.
  await first.getByRole('link', { name: new RegExp(firstTitle) }).click();
  await expect(page).toHaveURL(new RegExp(`/partnerships/${partnershipId}/meetings/${meetingIds[0]}$`));
  await expect(pageHeading(page, 'Meeting')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: firstTitle })).toBeVisible();
  await expect(notificationsLink(page)).toHaveAccessibleName('Notifications, 1 unread');

  await notificationsLink(page).click();
  await expect(pageHeading(page, 'Notifications')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '1 unread of 2' })).toBeVisible();
  await expect(items.filter({ hasText: firstTitle })).not.toContainText('New');
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All notifications are marked as read.' })).toBeFocused();
  await expect(notificationsLink(page)).toHaveAccessibleName('Notifications');
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '0 unread of 2' })).toBeVisible();
  await expect(notificationsLink(page)).toHaveAccessibleName('Notifications');
});

test.describe('as a site admin', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('an admin looks at the delivery jobs and filters them by status', async ({ page }) => {
    await signInAsAdmin(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Delivery jobs' }).click();
    await expect(pageHeading(page, 'Delivery jobs')).toBeFocused();
    await expect(page).toHaveURL(/\/admin\/jobs$/);

    const counts = page.getByRole('region', { name: 'Jobs by status' });
    const answer = (await (await page.request.get('/api/v1/admin/jobs')).json()) as { counts: Record<string, number> };
    for (const label of ['Failed', 'Waiting to run', 'Done']) {
      await expect(counts.getByRole('term').filter({ hasText: label })).toBeVisible();
    }
    await expect(counts.locator('dd[data-status="failed"]')).toHaveText(String(answer.counts.failed ?? 0));
    await expect(counts.locator('dd[data-status="done"]')).toHaveText(/^\d+$/);

    // Failed jobs are shown first.
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('failed');
    if ((answer.counts.failed ?? 0) === 0) await expect(page.getByText('No jobs have failed.')).toBeVisible();
    else await expect(page.getByRole('table', { name: /^Jobs with status: Failed/ })).toBeVisible();
    await audit(page, 'admin-jobs');

    // The member asked for immediate email, so the meetings queued jobs: waiting, or done by now.
    await page.getByLabel('Status', { exact: true }).selectOption('done');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/jobs\?status=done$/);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('done');
    const done = page.getByRole('table', { name: /^Jobs with status: Done/ });
    await expect(done.or(page.getByText('No jobs have finished yet.'))).toBeVisible();
    if (await done.isVisible()) {
      await expect(done.getByRole('columnheader', { name: 'Finished at' })).toBeVisible();
      await expect(done.getByRole('button', { name: /^Try job/ })).toHaveCount(0);
    }
    await page.getByLabel('Status', { exact: true }).selectOption('queued');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/jobs\?status=queued$/);
    const queued = page.getByRole('table', { name: /^Jobs with status: Waiting to run/ });
    await expect(queued.or(page.getByText('No jobs are waiting to run.'))).toBeVisible();
    await audit(page, 'admin-jobs-queued');

    // Only a failed job can be tried again (a job that is not there is refused too).
    const retry = await apiWithSession(page, 'POST', '/api/v1/admin/jobs/999999999/retry');
    expect([404, 409]).toContain(retry.status());
  });
});
