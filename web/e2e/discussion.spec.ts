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
  test,
  tick,
  type Account,
} from './support';

// One story, in order, on the discussion board of a new partnership the plain user leads: a
// member starts an idea; a second member supports it and comments; the first member sends an
// idea anonymously, which only the lead then sees, as "Anonymous"; the lead declines it with a
// reason and adopts the first idea into the plan; the first member reports the second member's
// comment and the lead hides it. Partnership and members are set up through the API and the
// invitation pages, as in meetings.spec.ts.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Discussion Table ${stamp}`;
type Person = Account & { name: string; session: string };
const mona: Person = {
  email: `mona.d.${stamp}@riverton.example`,
  password: 'mona picks a long passphrase',
  name: 'Mona Member',
  session: '',
};
const sam: Person = {
  email: `sam.d.${stamp}@riverton.example`,
  password: 'sam picks a long passphrase too',
  name: 'Sam Second',
  session: '',
};
const idea = 'A late bus to the youth centre';
const secret = 'Officers on the night shift need a quieter briefing room';
const activityTitle = 'Ask the transit agency about a late bus';
const comment = 'Yes, my kids walk home in the dark too.';
let partnershipId = 0;
let leadSession = '';

test.use({ storageState: async ({}, use) => use(leadSession) });

const boardPath = () => `/partnerships/${partnershipId}/discussion`;

/** A page signed in as `who`, in its own browser context. */
async function pageAs(browser: Browser, who: Person): Promise<Page> {
  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL, storageState: who.session });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

/** Invites `who` as a member and has them create their account through the invitation page. */
async function join(browser: Browser, lead: Page, who: Person, sector: string, authDir: string): Promise<void> {
  const invited = await apiWithSession(lead, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { email: who.email, person_name: who.name, sector, role: 'member', invite: true },
  });
  expect(invited.status()).toBe(201);
  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`/invitations/${await invitationToken(who.email)}`);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Choose a password').fill(who.password);
  await page.getByLabel('Type the password again').fill(who.password);
  await page.getByRole('button', { name: 'Create account and join' }).click();
  const joined = pageHeading(page, 'You have joined');
  await expect(joined.or(page.getByRole('heading', { level: 1, name: partnershipName, exact: true }))).toBeVisible();
  if (await joined.isVisible()) await signIn(page, who);
  who.session = path.join(authDir, `discussion-${who.name.split(' ')[0]!.toLowerCase()}-session.json`);
  await context.storageState({ path: who.session });
  await context.close();
}

/** Opens the item with this title from the board. */
async function openItem(page: Page, title: string): Promise<void> {
  await page.goto(boardPath());
  await expect(pageHeading(page, 'Discussion')).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: process.env.CG_BASE_URL });
  await signIn(page, accounts.user);
  const authDir = path.join(test.info().project.outputDir, '.auth');
  await mkdir(authDir, { recursive: true });
  leadSession = path.join(authDir, 'discussion-session.json');
  await page.context().storageState({ path: leadSession });

  const created = await apiWithSession(page, 'POST', '/api/v1/partnerships', {
    data: { name: partnershipName, my_sector: 'government' },
  });
  expect(created.status()).toBe(201);
  partnershipId = ((await created.json()) as { id: number }).id;
  await join(browser, page, mona, 'residents_neighborhood', authDir);
  await join(browser, page, sam, 'faith', authDir);
  await page.context().close();
});

test('a member starts an idea from the board', async ({ browser }) => {
  const page = await pageAs(browser, mona);
  await page.goto(`/partnerships/${partnershipId}`);
  await page.getByRole('navigation', { name: `Sections of ${partnershipName}` }).getByRole('link', { name: 'Discussion' }).click();
  await expect(pageHeading(page, 'Discussion')).toBeFocused();
  await expect(page.getByText('Nothing has been started yet.')).toBeVisible();
  await audit(page, 'discussion-board-empty');

  await page.getByRole('button', { name: 'Start an idea or thread' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Start an idea or thread' })).toBeFocused();
  // Nothing typed yet: the summary names the title.
  await page.getByRole('button', { name: 'Post' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Title: Enter a title.' })).toBeVisible();
  await audit(page, 'discussion-start-errors');

  await tick(page, 'discussion-kind-idea');
  await page.getByLabel('Title').fill(idea);
  await page.getByLabel('Details (optional)').fill('Kids walk home in the dark after 9 pm.');
  await expect(page.getByText('you will not be able to find it again yourself')).toBeVisible();
  await audit(page, 'discussion-start-form');
  await page.getByRole('button', { name: 'Post' }).click();

  await expect(page.getByRole('heading', { level: 2, name: idea })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Posted “${idea}”.` })).toBeVisible();
  // Nobody reports or hides their own item.
  await expect(page.getByRole('button', { name: 'Report this item' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hide this item' })).toHaveCount(0);
  await audit(page, 'discussion-item-member');
  await page.context().close();
});

test('another member supports the idea and comments on it', async ({ browser }) => {
  const page = await pageAs(browser, sam);
  await openItem(page, idea);
  const support = page.getByRole('button', { name: 'Support this' });
  await expect(support).toHaveAttribute('aria-pressed', 'false');
  await support.click();
  await expect(page.getByRole('status').filter({ hasText: 'You now support this.' })).toBeFocused();
  await expect(support).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('1 supporter')).toBeVisible();

  await page.getByLabel('Your comment').fill(comment);
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your comment was added.' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Comments (1)' })).toBeVisible();
  await expect(page.getByText(comment)).toBeVisible();

  // Withdrawing and supporting again: the count follows.
  await support.click();
  await expect(support).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('0 supporters')).toBeVisible();
  await support.click();
  await expect(support).toHaveAttribute('aria-pressed', 'true');
  await page.context().close();
});

test('a member sends an idea anonymously: only the leads and coordinators see it', async ({ browser, page }) => {
  const member = await pageAs(browser, mona);
  await member.goto(boardPath());
  await expect(member.getByRole('link', { name: idea })).toBeVisible();
  await expect(member.getByText('1 supporter')).toBeVisible();
  await expect(member.getByText('1 comment', { exact: true })).toBeVisible();
  await member.getByRole('button', { name: 'Start an idea or thread' }).click();
  await member.getByLabel('Title').fill(secret);
  await tick(member, 'discussion-anonymous');
  await member.getByRole('button', { name: 'Post' }).click();
  await expect(member.getByRole('status').filter({ hasText: 'sent anonymously' })).toBeFocused();
  await expect(member.getByRole('link', { name: secret })).toHaveCount(0);
  await expect(member.getByText('1 of 1 shown')).toBeVisible();
  await audit(member, 'discussion-board-after-anonymous');
  await member.context().close();

  await page.goto(boardPath());
  await expect(pageHeading(page, 'Discussion')).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: secret }) });
  await expect(card.getByText('By Anonymous')).toBeVisible();
  // The filters narrow the list in place.
  await page.getByLabel('Status').selectOption('adopted');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByLabel('Status').selectOption('');
  await page.getByLabel('Kind').selectOption('idea');
  await expect(page.getByText('2 of 2 shown')).toBeVisible();
  await audit(page, 'discussion-board-lead');
});

test('the lead declines one idea with a reason and adopts the other into the plan', async ({ page }) => {
  await openItem(page, secret);
  await expect(page.getByText('Sent anonymously')).toBeVisible();
  await page.getByLabel('New status').selectOption('declined');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('link', { name: 'Reason: Give a reason for declining.' })).toBeVisible();
  await audit(page, 'discussion-status-errors');
  await page.locator('#moderation-reason').fill('The briefing room is being rebuilt next spring anyway.');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The status is now “Declined”.' })).toBeFocused();
  await expect(page.getByText('Declined because: The briefing room is being rebuilt next spring anyway.')).toBeVisible();

  await openItem(page, idea);
  await page.getByLabel('New status').selectOption('adopted');
  await tick(page, 'moderation-add-activity');
  await page.getByLabel('Activity title').fill(activityTitle);
  await page.getByLabel('Owner (optional)').selectOption({ label: mona.name });
  await page.getByLabel('Due date (optional)').fill(day(30));
  await audit(page, 'discussion-status-adopt');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'the activity was added to the plan' })).toBeFocused();
  await page.getByRole('link', { name: 'See the activity in the plan' }).click();
  await expect(page.getByRole('heading', { name: activityTitle }).first()).toBeVisible();
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await expect(page.getByText(activityTitle).first()).toBeVisible();
});

test('a member reports a comment, and the lead hides it', async ({ browser, page }) => {
  const member = await pageAs(browser, mona);
  await openItem(member, idea);
  await expect(member.getByText('Adopted').first()).toBeVisible();
  await member.getByRole('button', { name: `Report the comment by ${sam.name}` }).click();
  await expect(member.getByRole('heading', { level: 3, name: 'Report this comment' })).toBeFocused();
  await member.getByRole('button', { name: 'Send report' }).click();
  await expect(member.getByRole('link', { name: 'What is wrong with it?: Choose what is wrong with it.' })).toBeVisible();
  await member.locator('label', { hasText: 'It is rude or disrespectful' }).click();
  await audit(member, 'discussion-report-form');
  await member.getByRole('button', { name: 'Send report' }).click();
  await expect(member.getByRole('status').filter({ hasText: 'Your report was sent' })).toBeFocused();

  await openItem(page, idea);
  await expect(page.getByText('Open reports: 1')).toBeVisible();
  await audit(page, 'discussion-item-lead');
  await page.getByRole('button', { name: `Hide the comment by ${sam.name}` }).click();
  await page.getByRole('button', { name: 'Yes, hide it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The comment is hidden.' })).toBeFocused();
  // The lead still reads it, marked hidden.
  await expect(page.getByText(comment)).toBeVisible();

  await member.reload();
  await expect(member.getByRole('heading', { level: 2, name: 'Comments (1)' })).toBeVisible();
  await expect(member.getByText('Hidden by a coordinator')).toBeVisible();
  await expect(member.getByText(comment)).toHaveCount(0);
  await audit(member, 'discussion-item-member-hidden');
  await member.context().close();
});
