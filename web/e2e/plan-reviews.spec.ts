import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { accounts, apiWithSession, audit, day, displayName, expect, pageHeading, signIn, test, tick } from './support';

// One story, in order, as the plain user who leads a new partnership: reviews of the plan (a
// rating, a decision and a commitment that becomes an activity; a second review compared with
// the first), the resources (a need, a commitment, the gap between them, a stale edit), the risks
// (a high one in the grid and in what needs attention), calendar links (fetched as a calendar
// app would, then turned off), and the plan in brief on the overview. The plan itself is set up
// through the API: plan.spec.ts tests its pages.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Review Table ${stamp}`;
const rita = 'Rita Reviewer';
const objectiveTitle = 'Fewer shop break-ins';
const walkTitle = 'Hold the first shop walk';
const lightsTitle = 'Order new street lights';
const paintTitle = 'Paint over the graffiti';
const commitmentTitle = 'Survey the shop owners';
let partnershipId = 0;
let objectiveId = 0;
let ritaId = 0;
let myName = '';
let sessionPath = '';

async function api<T>(page: Page, apiPath: string): Promise<T> {
  const response = await page.request.get(`/api/v1/partnerships/${partnershipId}${apiPath}`);
  expect(response.ok(), `GET ${apiPath}`).toBe(true);
  return (await response.json()) as T;
}

async function post(page: Page, apiPath: string, data: unknown): Promise<{ id: number; version: number }> {
  const response = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}${apiPath}`, { data });
  expect(response.status(), `POST ${apiPath}`).toBe(201);
  return (await response.json()) as { id: number; version: number };
}

/** The part of the plan named `name` in the plan's own navigation. */
function planNav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Parts of the action plan' }).getByRole('link', { name, exact: true });
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: process.env.CG_BASE_URL });
  await signIn(page, accounts.user);
  myName = await displayName(page);
  sessionPath = path.join(test.info().project.outputDir, '.auth', 'plan-reviews-session.json');
  await mkdir(path.dirname(sessionPath), { recursive: true });
  await page.context().storageState({ path: sessionPath });

  const created = await apiWithSession(page, 'POST', '/api/v1/partnerships', {
    data: { name: partnershipName, my_sector: 'government' },
  });
  expect(created.status()).toBe(201);
  const partnership = (await created.json()) as { id: number; my_membership_id: number };
  partnershipId = partnership.id;
  const me = partnership.my_membership_id;
  const added = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { person_name: rita, sector: 'business', role: 'member', invite: false },
  });
  expect(added.status()).toBe(201);
  ritaId = ((await added.json()) as { id: number }).id;

  // A goal, a measurable objective 20 % of the way (40 → 36 of the way to 20), an activity of
  // mine due in 20 days, and one overdue with nobody to own it.
  const goal = await post(page, '/plan/goals', { title: 'A safer shopping street' });
  objectiveId = (
    await post(page, '/plan/objectives', {
      goal_id: goal.id,
      title: objectiveTitle,
      indicator: 'Break-ins at shops reported to police',
      unit: 'per month',
      baseline: 40,
      target: 20,
      direction: 'down',
      start_on: day(-90),
      target_on: day(270),
    })
  ).id;
  await post(page, `/plan/objectives/${objectiveId}/measurements`, { on: day(-10), value: 36 });
  await post(page, '/plan/activities', { objective_id: objectiveId, title: walkTitle, start_on: day(-5), due_on: day(20), owner_ids: [me] });
  await post(page, '/plan/activities', { objective_id: objectiveId, title: lightsTitle, due_on: day(-2) });
  await post(page, '/plan/activities', { objective_id: objectiveId, title: paintTitle, due_on: day(40) });
  await page.context().close();
});

test.use({ storageState: async ({}, use) => use(sessionPath) });

test('a review is recorded with a rating, a decision and a commitment that becomes an activity', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await expect(pageHeading(page, 'Action plan')).toBeVisible();
  await planNav(page, 'Reviews').click();
  await expect(pageHeading(page, 'Plan reviews')).toBeFocused();
  await expect(page).toHaveTitle(`Reviews of the plan of ${partnershipName} | CommonGround`);
  await expect(planNav(page, 'Reviews')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('No review has been recorded yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next review' })).toContainText(/Due/);
  await audit(page, 'reviews-empty');

  await page.getByRole('link', { name: 'Record a review' }).click();
  await expect(pageHeading(page, 'Record a review')).toBeFocused();
  // Each objective shows where it stands, so the rating is informed.
  const rate = page.locator('.cg-rate').filter({ has: page.getByRole('heading', { name: objectiveTitle }) });
  await expect(rate).toContainText('20% done');
  await expect(rate.locator('.cg-trajectory')).toContainText('On track');
  await audit(page, 'review-new');

  await page.getByLabel('Date held').fill(day(-7));
  await page.getByLabel('Summary (optional)').fill('Break-ins are down a little; the shop owners want to be heard.');
  await tick(page, `review-participants-${ritaId}`);
  await tick(page, `review-rating-${objectiveId}-at_risk`);
  await page.getByLabel(`Note on "${objectiveTitle}" (optional)`).fill('Still far from the target');
  await page.getByLabel('Decision 1').fill('Ask the county for two more evening patrols');
  const commitment = page.getByRole('group', { name: 'Commitment 1' });
  await commitment.getByLabel('What').fill(commitmentTitle);
  await commitment.getByLabel('Who').selectOption({ label: rita });
  // Due before the review was held: the server refuses it, and says so next to the date.
  await commitment.getByLabel('By when').fill(day(-9));
  await commitment.getByLabel('Objective (optional)').selectOption({ label: objectiveTitle });
  await page.getByRole('button', { name: 'Record the review' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Commitment 1, by when: A commitment is due after the review, not before it.');
  await expect(commitment.getByLabel('By when')).toHaveAttribute('aria-invalid', 'true');
  await expect(commitment.getByText('A commitment is due after the review, not before it.')).toBeVisible();
  await audit(page, 'review-new-errors');
  await summary.getByRole('link', { name: /^Commitment 1, by when/ }).click();
  await expect(commitment.getByLabel('By when')).toBeFocused();
  await commitment.getByLabel('By when').fill(day(30));
  await page.getByRole('button', { name: 'Record the review' }).click();

  await expect(pageHeading(page, 'Plan review')).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Its commitments were added to the plan as activities: 1.' }),
  ).toBeVisible();
  const ratings = page.getByRole('table', { name: /^Each objective on .*: its rating and where it stood$/ });
  const row = ratings.getByRole('row').filter({ hasText: objectiveTitle });
  await expect(row).toContainText('At risk');
  await expect(row).toContainText('Still far from the target');
  await expect(row).toContainText('20%');
  await expect(page.getByRole('region', { name: 'Decisions' })).toContainText('Ask the county for two more evening patrols');
  const facts = page.locator('dl.cg-summary');
  await expect(facts).toContainText(rita);
  await expect(facts).toContainText(myName);
  const made = page.getByRole('region', { name: 'Commitments' }).getByRole('listitem').filter({ hasText: commitmentTitle });
  await expect(made).toContainText(`Owners: ${rita}`);
  await audit(page, 'review');

  // The commitment is an activity of the plan, owned by that member, due when they said.
  const reviews = await api<{ items: { activity_ids: number[] }[] }>(page, '/plan/reviews');
  const activityId = reviews.items[0]!.activity_ids[0]!;
  const activity = await api<{ title: string; due_on: string; objective_id: number; owners: { membership_id: number }[] }>(
    page,
    `/plan/activities/${activityId}`,
  );
  expect(activity.title).toBe(commitmentTitle);
  expect(activity.due_on).toBe(day(30));
  expect(activity.objective_id).toBe(objectiveId);
  expect(activity.owners.map((owner) => owner.membership_id)).toEqual([ritaId]);
  await made.getByRole('link', { name: commitmentTitle }).click();
  await expect(pageHeading(page, 'Activity')).toBeFocused();
  await expect(page.getByText(rita).first()).toBeVisible();
});

test('a second review is compared with the first, objective by objective', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Progress moves to 50 % (40 → 30 of the way to 20), and the next review rates it on track.
  await post(page, `/plan/objectives/${objectiveId}/measurements`, { on: day(0), value: 30 });
  await post(page, '/plan/reviews', { held_on: day(0), ratings: [{ objective_id: objectiveId, rating: 'on_track' }] });

  await page.goto(`/partnerships/${partnershipId}/plan/reviews`);
  await expect(pageHeading(page, 'Plan reviews')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reviews held (2)' })).toBeVisible();
  await audit(page, 'reviews');
  const picker = page.getByRole('form', { name: 'Choose two reviews to compare' });
  await expect(picker.getByLabel('Earlier review')).not.toHaveValue('');
  await picker.getByRole('button', { name: 'Compare' }).click();

  await expect(pageHeading(page, 'Compare reviews')).toBeFocused();
  await expect(page).toHaveTitle(`Compare reviews of the plan of ${partnershipName} | CommonGround`);
  const table = page.getByRole('table', { name: /^Each objective at the review of .*, then at the review of / });
  const row = table.getByRole('row').filter({ hasText: objectiveTitle });
  await expect(row).toContainText('At risk');
  await expect(row).toContainText('On track');
  await expect(row).toContainText('Better');
  await expect(row).toContainText('20%');
  await expect(row).toContainText('50%');
  await expect(row).toContainText('up 30 points');
  await expect(page.getByRole('region', { name: 'The plan as a whole' })).toContainText('20%, then 50%: up 30 points.');
  await audit(page, 'reviews-compare');

  // Choosing the same review twice is refused beside the field.
  await page.getByLabel('Later review').selectOption({ index: 2 });
  await page.getByLabel('Earlier review').selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Choose two different reviews.');
});

test('a need and a commitment show the gap; a stale change shows both versions', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await planNav(page, 'Resources').click();
  await expect(pageHeading(page, 'Resources')).toBeFocused();
  await expect(page).toHaveTitle(`Resources of the plan of ${partnershipName} | CommonGround`);
  await expect(page.getByText('No needs are recorded yet')).toBeVisible();
  await audit(page, 'resources-empty');

  // A need; an empty form first says what is missing.
  await page.getByRole('link', { name: 'Add a need or commitment' }).click();
  await expect(pageHeading(page, 'Add a need or commitment')).toBeFocused();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Need or commitment: Choose whether it is a need or a commitment.');
  await expect(summary).toContainText('Amount: Enter an amount greater than 0');
  await audit(page, 'resource-new-errors');
  await tick(page, 'resource-entry-need');
  await page.getByLabel('What', { exact: true }).fill('Youth program stipends');
  await page.getByLabel('Kind').selectOption({ label: 'Funding' });
  await page.getByLabel('Amount').fill('5000');
  await page.getByLabel('Unit').fill('USD');
  await page.getByLabel('How often').selectOption({ label: 'Once' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pageHeading(page, 'Resources')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'The need "Youth program stipends" was added.' })).toBeVisible();

  // A partner's commitment towards it.
  await page.getByRole('link', { name: 'Add a need or commitment' }).click();
  await tick(page, 'resource-entry-commitment');
  await page.getByLabel('What', { exact: true }).fill('County youth grant');
  await page.getByLabel('Kind').selectOption({ label: 'Funding' });
  await page.getByLabel('Amount').fill('2000');
  await page.getByLabel('Unit').fill('USD');
  await page.getByLabel('How often').selectOption({ label: 'Once' });
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: rita });
  await audit(page, 'resource-new');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(pageHeading(page, 'Resources')).toBeFocused();

  const gaps = page.getByRole('region', { name: 'Gaps' });
  await expect(gaps.getByText('Short by 3,000 USD.')).toBeVisible();
  const gapRow = gaps.getByRole('table', { name: 'Needed, committed and missing, by kind of resource' }).getByRole('row', { name: /Funding: USD, once/ });
  await expect(gapRow).toContainText('5,000 USD');
  await expect(gapRow).toContainText('2,000 USD');
  await expect(gapRow).toContainText('3,000 USD');
  await expect(page.getByRole('table', { name: 'Commitments by partner' })).toContainText(rita);
  await audit(page, 'resources');

  // Someone else raises the commitment while this person is changing it.
  await page.getByRole('link', { name: 'Change County youth grant' }).click();
  await expect(pageHeading(page, 'Change a need or commitment')).toBeFocused();
  await expect(page.getByLabel('Amount')).toHaveValue('2000');
  await page.getByLabel('Amount').fill('2500');
  const list = await api<{ items: { id: number; description: string; version: number }[] }>(page, '/plan/resources');
  const grant = list.items.find((item) => item.description === 'County youth grant')!;
  const changed = await apiWithSession(page, 'PATCH', `/api/v1/partnerships/${partnershipId}/plan/resources/${grant.id}`, {
    data: { amount: 3000 },
    headers: { 'If-Match': `"${grant.version}"` },
  });
  expect(changed.ok()).toBe(true);
  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this need or commitment' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Their version: Commitment "County youth grant": Funding, 3,000 USD.');
  await expect(notice).toContainText('Your version: Commitment "County youth grant": Funding, 2,500 USD.');
  await audit(page, 'resource-stale');
  await notice.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await expect(page.getByLabel('Amount')).toHaveValue('2500');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes to "County youth grant" were saved.' })).toBeVisible();
  await expect(gaps.getByText('Short by 2,500 USD.')).toBeVisible();

  // A commitment made by mistake is removed.
  await page.getByRole('link', { name: 'Add a need or commitment' }).click();
  await tick(page, 'resource-entry-commitment');
  await page.getByLabel('What', { exact: true }).fill('Spare laptops');
  await page.getByLabel('Kind').selectOption({ label: 'In kind' });
  await page.getByLabel('Amount').fill('3');
  await page.getByLabel('Unit').fill('laptops');
  await page.getByLabel('How often').selectOption({ label: 'Once' });
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: myName });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Remove Spare laptops' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Spare laptops" was removed.' })).toBeFocused();
  await expect(page.getByRole('row', { name: /Spare laptops/ })).toHaveCount(0);
});

test('a high risk shows in the grid and in what needs attention, which links to it', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await planNav(page, 'Risks').click();
  await expect(pageHeading(page, 'Risks')).toBeFocused();
  await expect(page).toHaveTitle(`Risks of the plan of ${partnershipName} | CommonGround`);
  await expect(page.getByText('No risks are recorded.')).toBeVisible();
  await audit(page, 'risks-empty');

  await page.getByRole('link', { name: 'Add a risk' }).click();
  await expect(pageHeading(page, 'Add a risk')).toBeFocused();
  await page.getByLabel('Risk', { exact: true }).fill('Shop owners stop reporting');
  await tick(page, 'risk-likelihood-5');
  await tick(page, 'risk-impact-4');
  await expect(page.getByText('Score: 20 of 25, High.')).toBeVisible();
  await page.getByLabel('Early warning (optional)').fill('Fewer than 5 reports a month');
  await audit(page, 'risk-new');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await expect(pageHeading(page, 'Risks')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'The risk "Shop owners stop reporting" was added. Its level is High.' })).toBeVisible();

  // The grid: likelihood 5, impact 4 holds one high risk, in words.
  const grid = page.getByRole('table', { name: /^Risks not closed, by likelihood/ });
  const likely = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Almost certain/ }) });
  await expect(likely.getByRole('cell').nth(3)).toHaveText('1 risk, High');
  await expect(likely.getByRole('cell').nth(0)).toHaveText('0 risks, Low');
  await expect(likely.getByRole('cell').nth(1)).toHaveText('0 risks, Medium');
  const register = page.getByRole('table', { name: 'Risks; the column buttons change the order' });
  const riskRow = register.getByRole('row').filter({ hasText: 'Shop owners stop reporting' });
  await expect(riskRow).toContainText('High');
  await expect(riskRow).toContainText('No response planned');
  await expect(register.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
  await audit(page, 'risks');

  // What needs attention names it, and takes the person to it.
  await planNav(page, 'Plan').click();
  await expect(pageHeading(page, 'Action plan')).toBeFocused();
  const attention = page.getByRole('region', { name: 'What needs attention in the plan' });
  const finding = attention.getByRole('listitem').filter({ hasText: 'High risk without a plan: Shop owners stop reporting' });
  await expect(finding).toBeVisible();
  // So are the activities findings name: several as the plan showing only them, one on its page.
  const unowned = attention.getByRole('listitem').filter({ hasText: 'no owner' });
  await expect(unowned.getByRole('link', { name: 'Show these 2 activities in the plan' })).toBeVisible();
  const overdue = attention.getByRole('listitem').filter({ hasText: /past (its|their) due date/ });
  await expect(overdue.getByRole('link', { name: 'Open the activity' })).toBeVisible();
  await audit(page, 'plan-attention-links');
  await finding.getByRole('link', { name: 'The risk in the risk register' }).click();
  await expect(page).toHaveURL(/\/plan\/risks#risk-[0-9]+$/);
  const target = page.locator('tr.cg-row--target');
  await expect(target).toContainText('Shop owners stop reporting');
  await expect(target).toBeFocused();

  // Planning a response and an owner takes it off the list.
  await page.getByRole('link', { name: 'Change the risk Shop owners stop reporting' }).click();
  await expect(pageHeading(page, 'Change a risk')).toBeFocused();
  await expect(page.locator('#risk-likelihood-5')).toBeChecked();
  await page.getByLabel('What we will do (optional)').fill('Visit every shop once a month');
  await page.getByLabel('Who watches it (optional)').selectOption({ label: myName });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes to the risk "Shop owners stop reporting" were saved.' })).toBeVisible();
  await expect(riskRow).toContainText('Visit every shop once a month');
  const findings = await api<{ findings: { code: string }[] }>(page, '/plan/attention');
  expect(findings.findings.map((f) => f.code)).not.toContain('risk_unplanned');

  // The activities a finding names open from there.
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await unowned.getByRole('link', { name: 'Show these 2 activities in the plan' }).click();
  await expect(page).toHaveURL(/\/plan\?activities=[0-9]+,[0-9]+$/);
  const showing = page.locator('.cg-showing');
  await expect(showing).toBeFocused();
  await expect(showing).toContainText('Showing only the 2 activities named in what needs attention');
  const tree = page.getByRole('region', { name: 'Goals, objectives and activities' });
  await expect(tree.getByRole('link', { name: lightsTitle })).toBeVisible();
  await expect(tree.getByRole('link', { name: paintTitle })).toBeVisible();
  await expect(tree.getByRole('link', { name: walkTitle })).toHaveCount(0);
  await audit(page, 'plan-showing');
  await showing.getByRole('button', { name: 'Show the whole plan' }).click();
  await expect(page.getByRole('heading', { name: 'Goals, objectives and activities' })).toBeFocused();
  await expect(tree.getByRole('link', { name: walkTitle })).toBeVisible();
  await overdue.getByRole('link', { name: 'Open the activity' }).click();
  await expect(pageHeading(page, 'Activity')).toBeFocused();
  await expect(page.getByRole('heading', { name: lightsTitle })).toBeVisible();
});

test('a calendar link is made, read as a calendar app would, and turned off', async ({ page, playwright }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  // Calendar apps fetch the link without signing in.
  const app = await playwright.request.newContext({ baseURL: process.env.CG_BASE_URL, storageState: { cookies: [], origins: [] } });
  await page.goto(`/partnerships/${partnershipId}/plan`);
  const section = page.getByRole('region', { name: 'Subscribe in your calendar' });
  await section.getByRole('button', { name: 'Make a calendar link' }).click();
  await expect(section.getByRole('heading', { name: 'Your new calendar link' })).toBeFocused();
  const url = await section.getByRole('textbox', { name: 'Calendar link' }).inputValue();
  expect(url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\/commonground\.ics$/);
  await section.getByRole('button', { name: 'Copy the link' }).click();
  await expect(section.getByRole('status')).toHaveText(/The link is (copied|selected)/);
  await expect(section.getByText(/Link made/)).toHaveCount(1);
  await audit(page, 'plan-calendar-link');

  // The server names itself by --public-url; the test server listens elsewhere.
  const feedPath = new URL(url).pathname;
  const feed = await app.get(feedPath);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const ics = await feed.text();
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${day(20).replace(/-/g, '')}`);
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain(walkTitle);

  await section.getByRole('button', { name: 'I have copied it' }).click();
  await expect(section.getByRole('button', { name: 'Make a calendar link' })).toBeFocused();
  await section.getByRole('button', { name: /^Turn off the calendar link made/ }).click();
  await section.getByRole('button', { name: 'Yes, turn it off' }).click();
  await expect(section.getByRole('status').filter({ hasText: /^The calendar link made .* is turned off\.$/ })).toBeFocused();
  await expect(section.getByText(/Link made/)).toHaveCount(0);
  expect((await app.get(feedPath)).status()).toBe(404);

  // My tasks has a link of its own: the person's tasks in every partnership.
  await page.goto('/tasks');
  await expect(pageHeading(page, 'My tasks')).toBeVisible();
  const mine = page.getByRole('region', { name: 'Subscribe in your calendar' });
  await mine.getByRole('button', { name: 'Make a calendar link' }).click();
  await expect(mine.getByRole('heading', { name: 'Your new calendar link' })).toBeFocused();
  const myPath = new URL(await mine.getByRole('textbox', { name: 'Calendar link' }).inputValue()).pathname;
  const myFeed = await app.get(myPath);
  expect(myFeed.status()).toBe(200);
  expect((await myFeed.text()).replace(/\r\n[ \t]/g, '')).toContain(walkTitle);
  await expect(mine.getByText(/^Your tasks in every partnership: link made/)).toBeVisible();
  await audit(page, 'my-tasks-calendar');
  await mine.getByRole('button', { name: /^Turn off the calendar link made/ }).click();
  await mine.getByRole('button', { name: 'Yes, turn it off' }).click();
  await expect(mine.getByRole('status').filter({ hasText: /is turned off\.$/ })).toBeFocused();
  expect((await app.get(myPath)).status()).toBe(404);
  await app.dispose();
});

test('the overview sums up the plan and links to it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}`);
  await expect(pageHeading(page, partnershipName)).toBeVisible();
  const glance = page.getByRole('region', { name: 'Action plan', exact: true });
  await expect(glance).toContainText('50% done');
  await expect(glance).toContainText('1 of 4 activities are overdue.');
  await expect(glance).toContainText(/Next review/);
  await audit(page, 'home-plan');
  await glance.getByRole('link', { name: 'Open the action plan' }).click();
  await expect(pageHeading(page, 'Action plan')).toBeFocused();
  await expect(planNav(page, 'Plan')).toHaveAttribute('aria-current', 'page');
});
