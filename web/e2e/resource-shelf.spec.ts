import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { accounts, apiWithSession, audit, expect, invitationToken, pageHeading, pageWith, signIn, test } from './support';

// One story, in order, about a partnership's shelf of library resources: a member saves a seed
// resource from its page, rates it and shares lessons by keyboard alone, and the public page shows
// them signed out; the lead attaches a suggested resource to a plan activity, which puts it on the
// shelf, and cannot take it off the shelf while the activity uses it; the member, made an observer,
// reads the shelf without changing it.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Shelf Table ${stamp}`;
const activityTitle = 'Homeless outreach with public health partners';
const saved = 'Problem-Solving Tips: A Guide to Reducing Crime and Disorder Through Problem-Solving Partnerships (2nd edition)';
const suggested = 'Salt Lake City Police Department Homeless Outreach Service Team (HOST) Program Overview';
const lessons = 'Start with one hot spot and meet every two weeks.';
const member = { email: `mia.${stamp}@riverton.example`, password: 'mia keeps the shelf tidy', name: 'Mia Member' };
let partnershipId = 0;
let activityId = 0;
let membershipId = 0;
let savedId = 0;
let leadSession = '';
let memberSession = '';

/** The id of the seed resource with this title. */
async function resourceId(page: Page, title: string): Promise<number> {
  const response = await page.request.get(`/api/v1/resources?${new URLSearchParams({ q: title.split(' ').slice(0, 4).join(' ') })}`);
  expect(response.ok(), await response.text()).toBe(true);
  const found = ((await response.json()) as { items: { id: number; title: string }[] }).items.find((r) => r.title === title);
  expect(found, title).toBeDefined();
  return found!.id;
}

function shelfCard(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title }) });
}

test.beforeAll(async ({ browser }) => {
  const authDir = path.join(test.info().project.outputDir, '.auth');
  await mkdir(authDir, { recursive: true });
  leadSession = path.join(authDir, 'shelf-lead-session.json');
  memberSession = path.join(authDir, 'shelf-member-session.json');

  // The lead sets up the partnership, an activity and a member through the API: their pages have their own tests.
  const lead = await pageWith(browser, null);
  await signIn(lead, accounts.user);
  await lead.context().storageState({ path: leadSession });
  const created = await apiWithSession(lead, 'POST', '/api/v1/partnerships', {
    // Public, so its shared lessons carry its name (a members-only table's are shared without it).
    data: { name: partnershipName, my_sector: 'government', visibility: 'public' },
  });
  expect(created.status()).toBe(201);
  partnershipId = ((await created.json()) as { id: number }).id;
  const activity = await apiWithSession(lead, 'POST', `/api/v1/partnerships/${partnershipId}/plan/activities`, {
    data: { title: activityTitle, description: 'Officers and outreach workers visit camps together.' },
  });
  expect(activity.status()).toBe(201);
  activityId = ((await activity.json()) as { id: number }).id;
  const invited = await apiWithSession(lead, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { email: member.email, person_name: member.name, sector: 'residents_neighborhood', role: 'member', invite: true },
  });
  expect(invited.status()).toBe(201);
  membershipId = ((await invited.json()) as { id: number }).id;
  savedId = await resourceId(lead, saved);
  await lead.context().close();

  const joining = await pageWith(browser, null);
  const accepted = await joining.request.post(`/api/v1/invitations/${await invitationToken(member.email)}/accept`, {
    data: { display_name: member.name, password: member.password },
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  await joining.context().clearCookies();
  await signIn(joining, member);
  await joining.context().storageState({ path: memberSession });
  await joining.context().close();
});

test('a member saves a resource to the shelf, rates it and shares lessons by keyboard, and the public page shows them', async ({
  browser,
}) => {
  const page = await pageWith(browser, memberSession);
  await page.goto(`/resources/${savedId}`);
  await expect(pageHeading(page, saved)).toBeVisible();
  const keep = page.getByRole('region', { name: 'Save to a partnership’s shelf' });
  await expect(keep.getByLabel('Partnership')).toHaveValue(String(partnershipId));
  await audit(page, 'resource-keep');
  await keep.getByRole('button', { name: 'Save to the shelf' }).click();
  await expect(keep.getByRole('status')).toHaveText(`Saved to the shelf of ${partnershipName}.`);
  await expect(keep.getByRole('button', { name: 'Save to the shelf' })).toHaveCount(0);
  await keep.getByRole('link', { name: `On the shelf of ${partnershipName}` }).click();
  await expect(pageHeading(page, 'Resource shelf')).toBeFocused();
  await expect(page).toHaveTitle(`Resource shelf: ${partnershipName} | CommonGround`);

  // Rating and saving by keyboard alone: from the title, Tab reaches the usefulness choices.
  const card = shelfCard(page, saved);
  await card.getByRole('link', { name: saved }).focus();
  await page.keyboard.press('Tab');
  const rating = card.getByRole('group', { name: 'How useful was it?' });
  await expect(rating.getByLabel('Not rated yet')).toBeFocused();
  for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
  await expect(rating.getByLabel('4: Useful')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(card.getByLabel('Lessons learned (optional)')).toBeFocused();
  await page.keyboard.type(lessons);
  await page.keyboard.press('Tab');
  await expect(card.getByLabel('Share these lessons on the resource’s page')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: `Save the review of “${saved}”` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status').filter({ hasText: `Saved the review of “${saved}”.` })).toBeFocused();
  await expect(rating.getByLabel('4: Useful')).toBeChecked();
  await expect(card.getByLabel('Share these lessons on the resource’s page')).toBeChecked();
  await audit(page, 'shelf-member');
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the shelf at 375 px').toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath('shelf-member-375.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Someone else saves a rating first: the form shows theirs and starts again from it.
  const lead = await pageWith(browser, leadSession);
  const entryPath = `/api/v1/partnerships/${partnershipId}/shelf/${savedId}`;
  const entry = await lead.request.get(entryPath);
  const changed = await apiWithSession(lead, 'PATCH', entryPath, {
    data: { rating: 5 },
    headers: { 'If-Match': entry.headers().etag ?? '' },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  await lead.context().close();
  await rating.getByText('3: Somewhat useful').click();
  await card.getByRole('button', { name: `Save the review of “${saved}”` }).click();
  const stale = card.getByRole('alert').filter({ hasText: 'Someone else changed this review' });
  await expect(stale).toBeFocused();
  await expect(stale).toContainText('Their version: 5 of 5.');
  await stale.getByRole('button', { name: 'Start again from their version' }).click();
  await expect(rating.getByLabel('5: Very useful')).toBeChecked();
  await rating.getByText('4: Useful').click();
  await card.getByRole('button', { name: `Save the review of “${saved}”` }).click();
  await expect(card.getByRole('status').filter({ hasText: `Saved the review of “${saved}”.` })).toBeFocused();
  await page.context().close();

  // Signed out, the resource's page shows the rating and the lessons under the partnership's name.
  const visitor = await pageWith(browser, null);
  await visitor.goto(`/resources/${savedId}`);
  const usefulness = visitor.getByRole('region', { name: 'How useful partnerships found it' });
  await expect(usefulness).toContainText('4 of 5 from 1 partnership');
  await expect(usefulness.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: partnershipName }) })).toContainText(
    lessons,
  );
  await expect(visitor.getByRole('region', { name: 'Save to a partnership’s shelf' })).toHaveCount(0);
  await audit(visitor, 'resource-lessons');
  // The site name leads signed-out visitors to the public library, not to signing in.
  await visitor.getByRole('link', { name: 'CommonGround' }).click();
  await expect(pageHeading(visitor, 'Resource library')).toBeVisible();
  await expect(visitor).toHaveURL(/\/resources$/);
  await visitor.context().close();
});

test('an activity suggests library resources, and attaching one moves it to the attached list and onto the shelf', async ({
  browser,
}) => {
  const page = await pageWith(browser, leadSession);
  await page.goto(`/partnerships/${partnershipId}/plan/activities/${activityId}`);
  await expect(page.getByRole('heading', { level: 2, name: activityTitle })).toBeVisible();
  const library = page.getByRole('region', { name: 'Resources from the library' });
  const suggestions = page.getByRole('region', { name: 'Suggested for this activity' });
  await expect(library).toContainText('No library resources are attached to this activity yet.');
  await expect(library.getByRole('link', { name: 'Search the resource library' })).toHaveAttribute('href', '/resources');
  await expect(suggestions.getByRole('link', { name: suggested })).toBeVisible();
  await suggestions.getByRole('button', { name: `Attach “${suggested}” to this activity` }).click();
  await expect(library.getByRole('status')).toBeFocused();
  await expect(library.getByRole('status')).toHaveText(`“${suggested}” is attached to this activity and on the partnership’s resource shelf.`);
  await expect(library.getByRole('link', { name: suggested })).toBeVisible();
  await expect(library.getByRole('button', { name: `Detach “${suggested}” from this activity` })).toBeVisible();
  await expect(suggestions.getByRole('link', { name: suggested })).toHaveCount(0);
  await audit(page, 'activity-library');

  await library.getByRole('link', { name: 'See the partnership’s resource shelf' }).click();
  await expect(pageHeading(page, 'Resource shelf')).toBeFocused();
  const card = shelfCard(page, suggested);
  await expect(card.getByRole('link', { name: activityTitle })).toHaveAttribute(
    'href',
    `/partnerships/${partnershipId}/plan/activities/${activityId}`,
  );

  // Removing it while the activity uses it is refused with the server's reason.
  await card.getByRole('button', { name: `Remove “${suggested}” from the shelf` }).click();
  await card.getByRole('button', { name: 'Yes, remove it' }).click();
  const refusal = card.getByRole('alert');
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText(activityTitle);
  await expect(shelfCard(page, suggested)).toHaveCount(1);
  await page.context().close();
});

test('an observer reads the shelf but cannot change it', async ({ browser }) => {
  const lead = await pageWith(browser, leadSession);
  const current = await lead.request.get(`/api/v1/partnerships/${partnershipId}/members/${membershipId}`);
  const version = ((await current.json()) as { version: number }).version;
  const changed = await apiWithSession(lead, 'PATCH', `/api/v1/partnerships/${partnershipId}/members/${membershipId}`, {
    data: { role: 'observer' },
    headers: { 'If-Match': `"${version}"` },
  });
  expect(changed.ok()).toBe(true);
  await lead.context().close();

  const page = await pageWith(browser, memberSession);
  await page.goto(`/partnerships/${partnershipId}`);
  await page.getByRole('navigation', { name: `Sections of ${partnershipName}` }).getByRole('link', { name: 'Resource shelf' }).click();
  await expect(pageHeading(page, 'Resource shelf')).toBeFocused();
  await expect(page.getByText('You can read the shelf.')).toBeVisible();
  const card = shelfCard(page, saved);
  await expect(card).toContainText('4 of 5');
  await expect(card).toContainText(lessons);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Save the review|^Remove/ })).toHaveCount(0);
  await audit(page, 'shelf-observer');

  await page.goto(`/resources/${savedId}`);
  const keep = page.getByRole('region', { name: 'Save to a partnership’s shelf' });
  await expect(keep.getByRole('link', { name: `On the shelf of ${partnershipName}` })).toBeVisible();
  await expect(keep.getByRole('button', { name: 'Save to the shelf' })).toHaveCount(0);
  await page.context().close();
});
