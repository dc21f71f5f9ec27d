import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  accounts,
  apiWithSession,
  audit,
  day,
  displayName,
  expect,
  invitationToken,
  pageHeading,
  signIn,
  test,
  tick,
  type Account,
} from './support';

// One story, in order: the plain user starts a partnership, builds its action plan (a goal, a
// measurable objective, activities with owners), records a measurement, marks activities done in
// bulk, meets a stale edit from a second browser, round-trips the plan through CSV, and finds the
// work under "My tasks" and on the timeline. Later tests use what earlier ones made.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Plan Table ${stamp}`;
const other = 'Olive Owner';
let partnershipId = 0;
let myName = '';
let otherMemberId = 0;
let objectiveId = 0;
const activity = { walk: 0, leaflets: 0, survey: 0 };
// The session, signed in once and shared by every test (and the second browser of the stale test).
let sessionPath = '';

/** A page in a new browser context that shares the signed-in session. */
async function signedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL, storageState: sessionPath });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1/partnerships/${partnershipId}${path}`);
  expect(response.ok(), `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

interface ActivityJson {
  id: number;
  title: string;
  status: string;
  percent: number;
  version: number;
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: process.env.CG_BASE_URL });
  await signIn(page, accounts.user);
  myName = await displayName(page);
  sessionPath = path.join(test.info().project.outputDir, '.auth', 'plan-session.json');
  await mkdir(path.dirname(sessionPath), { recursive: true });
  await page.context().storageState({ path: sessionPath });

  // The partnership and a second member are set up through the API: their pages have their own tests.
  const created = await apiWithSession(page, 'POST', '/api/v1/partnerships', {
    data: { name: partnershipName, my_sector: 'government' },
  });
  expect(created.status()).toBe(201);
  partnershipId = ((await created.json()) as { id: number }).id;
  const added = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { person_name: other, sector: 'faith', role: 'member', invite: false },
  });
  expect(added.status()).toBe(201);
  otherMemberId = ((await added.json()) as { id: number }).id;
  await page.context().close();
});

test.use({ storageState: async ({}, use) => use(sessionPath) });

test('a lead adds a goal, an objective and an activity with owners, and a measurement moves progress', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}`);
  await expect(pageHeading(page, partnershipName)).toBeVisible();
  await page.getByRole('navigation', { name: `Sections of ${partnershipName}` }).getByRole('link', { name: 'Action plan' }).click();
  await expect(pageHeading(page, 'Action plan')).toBeFocused();
  await expect(page).toHaveTitle(`Action plan of ${partnershipName} | CommonGround`);
  await expect(page.getByText('Start by adding the first goal below.')).toBeVisible();
  await audit(page, 'plan-empty');

  // A goal: an empty form says what is missing.
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await expect(page.getByRole('heading', { name: 'Add a goal' })).toBeFocused();
  await page.getByRole('button', { name: 'Add goal' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the goal.');
  await audit(page, 'plan-goal-errors');
  await page.getByLabel('Goal', { exact: true }).fill('Safer Main Street');
  await page.getByLabel('Why it matters (optional)').fill('Break-ins on Main Street doubled last year.');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The goal "Safer Main Street" was added.' })).toBeFocused();
  const goal = page.getByRole('region', { name: 'Goal: Safer Main Street' });
  await expect(goal.getByRole('button', { name: 'Goal: Safer Main Street' })).toHaveAttribute('aria-expanded', 'true');

  // A measurable objective under it.
  await goal.getByRole('link', { name: 'Add an objective to Safer Main Street' }).click();
  await expect(pageHeading(page, 'Add an objective')).toBeFocused();
  await expect(page.getByLabel('Goal', { exact: true })).toHaveValue(/^[0-9]+$/);
  await page.getByRole('button', { name: 'Add objective' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('What is measured: Enter what is measured.');
  await expect(summary).toContainText('Starting value: Enter a number');
  await audit(page, 'objective-new-errors');
  await page.getByLabel('Objective', { exact: true }).fill('Fewer break-ins');
  await page.getByLabel('What is measured').fill('Break-ins reported to police');
  await page.getByLabel('Unit').fill('per month');
  await page.getByLabel('Starting value').fill('40');
  await page.getByLabel('Target value').fill('25');
  await tick(page, 'objective-direction-down');
  await page.getByLabel('Start date').fill(day(-180));
  await page.getByLabel('Target date').fill(day(180));
  await page.getByRole('button', { name: 'Add objective' }).click();
  await expect(pageHeading(page, 'Objective')).toBeFocused();
  await expect(page).toHaveURL(/\/plan\/objectives\/[0-9]+$/);
  objectiveId = Number(/\/objectives\/([0-9]+)$/.exec(page.url())?.[1]);
  await expect(page.getByRole('status').filter({ hasText: 'The objective "Fewer break-ins" was added.' })).toBeVisible();
  await expect(page.getByText('Nothing has been measured or done yet.').first()).toBeVisible();

  // An activity with two owners, from the objective's page.
  await page.getByRole('link', { name: 'Add an activity' }).click();
  await expect(pageHeading(page, 'Add an activity')).toBeFocused();
  await expect(page.getByLabel('Objective (optional)')).toHaveValue(String(objectiveId));
  await page.getByLabel('Activity', { exact: true }).fill('Walk Main Street with residents');
  await page.getByLabel('Start date (optional)').fill(day(-20));
  await page.getByLabel('Due date (optional)').fill(day(40));
  await page.getByLabel('Status').selectOption({ label: 'In progress' });
  await page.getByLabel('Percent done').fill('25');
  await page.getByRole('group', { name: 'Owners (optional)' }).getByText(myName).click();
  await tick(page, `activity-owners-${otherMemberId}`);
  await audit(page, 'activity-new');
  await page.getByRole('button', { name: 'Add activity' }).click();
  await expect(pageHeading(page, 'Action plan')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'The activity "Walk Main Street with residents" was added.' })).toBeVisible();
  const walk = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Walk Main Street with residents' }) });
  await expect(walk).toContainText('In progress');
  await expect(walk).toContainText('25% done');
  await expect(walk).toContainText(myName);
  await expect(walk).toContainText(other);

  // Two more through the API: one overdue that I own, one a step of the walk.
  const plan = await api<{ goals: { objectives: { activities: ActivityJson[] }[] }[] }>(page, '/plan');
  activity.walk = plan.goals[0]!.objectives[0]!.activities[0]!.id;
  const me = (await api<{ my_membership_id: number }>(page, '')).my_membership_id;
  const leaflets = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/plan/activities`, {
    data: { objective_id: objectiveId, title: 'Print leaflets', start_on: day(-30), due_on: day(-5), owner_ids: [me] },
  });
  expect(leaflets.status()).toBe(201);
  activity.leaflets = ((await leaflets.json()) as ActivityJson).id;
  const survey = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/plan/activities`, {
    data: { parent_activity_id: activity.walk, title: 'Ask walkers what they saw', due_on: day(50), owner_ids: [otherMemberId] },
  });
  expect(survey.status()).toBe(201);
  activity.survey = ((await survey.json()) as ActivityJson).id;

  await page.reload();
  await expect(page.getByText(/Overdue: was due/).first()).toBeVisible();
  // The sub-activity sits in a list inside its parent's item.
  await expect(walk.getByRole('list').getByRole('link', { name: 'Ask walkers what they saw' })).toBeVisible();
  const attention = page.getByRole('region', { name: 'What needs attention in the plan' });
  await expect(attention.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await audit(page, 'plan');

  // Collapsing a goal hides its objectives but not its progress.
  const toggle = goal.getByRole('button', { name: 'Goal: Safer Main Street' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Fewer break-ins', exact: true })).toBeHidden();
  await toggle.click();
  await expect(page.getByRole('link', { name: 'Fewer break-ins', exact: true })).toBeVisible();

  // A measurement: 40 → 31 of the way to 25 is 60 %.
  await page.getByRole('link', { name: 'Fewer break-ins', exact: true }).click();
  await expect(pageHeading(page, 'Objective')).toBeFocused();
  await expect(page.getByText('Nothing has been measured yet, so progress comes from its activities.')).toBeVisible();
  await page.getByLabel('Value (per month)').fill('31');
  await page.getByLabel('Note (optional)').fill('Police records for last month');
  await page.getByRole('button', { name: 'Record measurement' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^31 per month on .* was recorded\.$/ })).toBeFocused();
  await expect(page.getByText('Progress comes from the latest measurement.')).toBeVisible();
  await expect(page.getByText('60% done').first()).toBeVisible();
  await expect(page.getByText(/^On track/).first()).toBeVisible();
  const table = page.getByRole('table', { name: 'Measurements of Break-ins reported to police, oldest first' });
  await expect(table.getByRole('row').filter({ hasText: '31 per month' })).toContainText('Police records for last month');
  await expect(page.getByRole('figure', { name: /Break-ins reported to police \(per month\): measured and expected/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /The latest is 31 per month/ })).toBeVisible();
  await audit(page, 'objective-measured');

  // A measurement in the future is refused, next to the field.
  await page.getByLabel('Date', { exact: true }).fill(day(3));
  await page.getByLabel('Value (per month)').fill('30');
  await page.getByRole('button', { name: 'Record measurement' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The date cannot be in the future.');

  // The plan's summary has the new progress.
  await page.getByRole('link', { name: 'Back to the action plan' }).click();
  await expect(page.getByRole('region', { name: 'Where the plan stands' })).toContainText('60% done');
});

test('activities are marked done in bulk', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await expect(pageHeading(page, 'Action plan')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Change the status of the selected activities' })).toHaveCount(0);
  await tick(page, `activity-select-${activity.walk}`);
  await tick(page, `activity-select-${activity.survey}`);
  const bar = page.getByRole('form', { name: 'Change the status of the selected activities' });
  await expect(bar).toContainText('2 selected');
  await expect(bar.getByLabel('New status')).toHaveValue('done');
  await audit(page, 'plan-bulk');
  await bar.getByRole('button', { name: 'Mark 2 selected as Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as Done: 2 activities.' })).toBeFocused();
  await expect(bar).toHaveCount(0);
  for (const id of [activity.walk, activity.survey]) {
    const stored = await api<ActivityJson>(page, `/plan/activities/${id}`);
    expect(stored.status).toBe('done');
    expect(stored.percent).toBe(100);
  }
  const leaflets = await api<ActivityJson>(page, `/plan/activities/${activity.leaflets}`);
  expect(leaflets.status).toBe('not_started');
});

test('a stale edit from a second browser shows both versions and lets the person choose', async ({ page, browser }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const path = `/partnerships/${partnershipId}/plan/activities/${activity.leaflets}`;
  await page.goto(path);
  await expect(pageHeading(page, 'Activity')).toBeVisible();
  await page.getByRole('button', { name: 'Change the activity' }).click();
  await expect(page.getByRole('heading', { name: 'Change the activity' })).toBeFocused();
  await page.getByLabel('Percent done').fill('60');

  // Someone else, in another browser, renames it first.
  const second = await signedInPage(browser);
  await second.goto(path);
  await second.getByRole('button', { name: 'Change the activity' }).click();
  await second.getByLabel('Activity', { exact: true }).fill('Print and hand out leaflets');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Your changes to the activity "Print and hand out leaflets" were saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this activity' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Their version: "Print and hand out leaflets"; Not started, 0% done');
  await expect(notice).toContainText('Your version: "Print leaflets"; Not started, 60% done');
  await audit(page, 'activity-stale');
  await notice.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await expect(page.getByLabel('Activity', { exact: true })).toHaveValue('Print and hand out leaflets');
  await expect(page.getByLabel('Percent done')).toHaveValue('60');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes to the activity "Print and hand out leaflets" were saved.' })).toBeFocused();
  let stored = await api<ActivityJson>(page, `/plan/activities/${activity.leaflets}`);
  expect(stored.title).toBe('Print and hand out leaflets');
  expect(stored.percent).toBe(60);

  // Again, and this time the person takes the other version.
  await page.getByRole('button', { name: 'Change the activity' }).click();
  await page.getByLabel('Percent done').fill('70');
  await second.reload();
  await second.getByRole('button', { name: 'Change the activity' }).click();
  await second.getByLabel('Status').selectOption({ label: 'Blocked' });
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'were saved' })).toBeVisible();
  await second.context().close();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Blocked, 60% done');
  await notice.getByRole('button', { name: 'Start again from their version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The form now shows their version.' })).toBeFocused();
  await expect(page.getByLabel('Percent done')).toHaveValue('60');
  await expect(page.getByLabel('Status')).toHaveValue('blocked');
  await page.getByRole('button', { name: 'Cancel' }).click();
  stored = await api<ActivityJson>(page, `/plan/activities/${activity.leaflets}`);
  expect(stored.status).toBe('blocked');
  expect(stored.percent).toBe(60);
});

test('the plan goes out as CSV; a re-import with a bad line reports it and changes nothing', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await expect(pageHeading(page, 'Action plan')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the plan as a CSV file' }).click();
  const download = await downloading;
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.replace(/\r\n/g, '\n').trimEnd().split('\n');
  // One row per goal, objective and activity, the columns named in the first line.
  const columns = lines[0]!.split(',');
  expect(columns.slice(0, 5)).toEqual(['kind', 'id', 'parent_kind', 'parent_id', 'title']);
  expect(columns).toEqual(expect.arrayContaining(['status', 'percent', 'archived']));
  expect(csv).toContain('Print and hand out leaflets');
  const before = await api<unknown>(page, '/plan');

  // The file as it came: checked, ready, and left alone.
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'plan.csv is ready to import' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A new activity with a status that does not exist, under an objective that does.
  const row: Record<string, string> = {
    kind: 'activity',
    parent_kind: 'objective',
    parent_id: String(objectiveId),
    title: 'Knock on doors',
    due_on: day(10),
    end_on: day(10),
    status: 'finished',
    percent: '150',
    archived: 'false',
  };
  const bad = columns.map((column) => row[column] ?? '').join(',');
  const badLine = lines.length + 1;
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'plan-edited.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n${bad}\n`),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: /^Problems in plan-edited\.csv: [0-9]+$/ })).toBeFocused();
  const report = page.getByRole('table', { name: 'Problems in plan-edited.csv, by line' });
  await expect(report.getByRole('row').filter({ hasText: `Line ${badLine}` }).first()).toBeVisible();
  await expect(page.getByText('Nothing was changed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await audit(page, 'plan-import-problems');
  expect(await api<unknown>(page, '/plan')).toEqual(before);
});

test('my tasks lists the activity with its partnership, overdue first, and changes its status', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/partnerships');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tasks' }).click();
  await expect(pageHeading(page, 'My tasks')).toBeFocused();
  await expect(page).toHaveTitle('My tasks | CommonGround');
  const overdue = page.getByRole('region', { name: /^Overdue \([0-9]+\)$/ });
  const task = overdue.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Print and hand out leaflets' }) });
  await expect(task).toContainText(partnershipName);
  await expect(task).toContainText('Overdue: was due');
  // Done work is left out unless asked for.
  await expect(page.getByRole('link', { name: 'Walk Main Street with residents' })).toHaveCount(0);
  await audit(page, 'my-tasks');
  await task.getByLabel('Status of "Print and hand out leaflets"').selectOption({ label: 'In progress' });
  await task.getByRole('button', { name: 'Update the status of Print and hand out leaflets' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Print and hand out leaflets" is now In progress.' })).toBeFocused();
  await tick(page, 'tasks-closed');
  await expect(page.getByRole('region', { name: /^Done and canceled/ }).getByRole('link', { name: 'Walk Main Street with residents' })).toBeVisible();
});

test('the timeline shows the activities by month, and a list on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/plan`);
  await page.getByRole('link', { name: 'See the activities on a timeline' }).click();
  await expect(pageHeading(page, 'Timeline')).toBeFocused();
  await expect(page).toHaveTitle(`Timeline of the plan of ${partnershipName} | CommonGround`);
  const chart = page.getByRole('region', { name: /^Activities by month from/ });
  // Rows sit in a list per objective: the last item holding the link is the activity's own row.
  const leaflets = chart.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Print and hand out leaflets' }) }).last();
  await expect(leaflets).toContainText('Overdue: was due');
  await expect(chart.getByRole('link', { name: 'Walk Main Street with residents' })).toBeVisible();
  // Without a start date, the sub-activity is listed under the chart.
  await expect(page.getByRole('region', { name: 'Not on the timeline' }).getByRole('link', { name: 'Ask walkers what they saw' })).toBeVisible();
  await audit(page, 'plan-timeline');
  await page.getByText('Show done and canceled activities').click();
  await expect(chart.getByRole('link', { name: 'Walk Main Street with residents' })).toHaveCount(0);
});

test('an activity is archived and restored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/plan/activities/${activity.survey}`);
  await expect(pageHeading(page, 'Activity')).toBeVisible();
  await expect(page.getByText('A sub-activity of')).toBeVisible();
  await audit(page, 'activity');
  await page.getByRole('button', { name: 'Archive Ask walkers what they saw' }).click();
  await page.getByRole('button', { name: 'Yes, archive it' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Ask walkers what they saw" was archived.' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to the action plan' }).click();
  await expect(page.getByRole('link', { name: 'Ask walkers what they saw' })).toHaveCount(0);
  await tick(page, 'plan-show-archived');
  await expect(page).toHaveURL(/archived=include/);
  // The sub-activity's own item is the innermost one holding its link.
  const archived = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Ask walkers what they saw' }) }).last();
  await expect(archived).toContainText('Archived');
  await archived.getByRole('link', { name: 'Ask walkers what they saw' }).click();
  await page.getByRole('button', { name: 'Restore Ask walkers what they saw' }).click();
  await page.getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Ask walkers what they saw" is back in the plan.' })).toBeFocused();
});

test('a member records progress but does not shape the plan; an observer only reads', async ({ page, browser }) => {
  test.slow();
  // Someone new is invited as a member and creates an account from the emailed link.
  const member: Account & { name: string } = {
    email: `max.${stamp}@riverton.example`,
    password: 'max picks a long passphrase',
    name: 'Max Member',
  };
  const invited = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { email: member.email, person_name: member.name, sector: 'residents_neighborhood', role: 'member', invite: true },
  });
  expect(invited.status()).toBe(201);
  const membershipId = ((await invited.json()) as { id: number }).id;
  // Signed out: new contexts would otherwise get the lead's session from test.use().
  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL, storageState: { cookies: [], origins: [] } });
  const max = await context.newPage();
  await max.setViewportSize({ width: 1280, height: 900 });
  await max.goto(`/invitations/${await invitationToken(member.email)}`);
  await max.getByLabel('Your name').fill(member.name);
  await max.getByLabel('Choose a password').fill(member.password);
  await max.getByLabel('Type the password again').fill(member.password);
  await max.getByRole('button', { name: 'Create account and join' }).click();
  const joined = pageHeading(max, 'You have joined');
  await expect(joined.or(max.getByRole('heading', { level: 1, name: partnershipName, exact: true }))).toBeVisible();
  if (await joined.isVisible()) await signIn(max, member);

  // A member adds activities, ticks them for a status change and records measurements...
  await max.goto(`/partnerships/${partnershipId}/plan`);
  await expect(pageHeading(max, 'Action plan')).toBeVisible();
  await expect(max.locator(`label[for="activity-select-${activity.leaflets}"]`)).toBeVisible();
  await expect(max.getByRole('link', { name: 'Add an activity to Fewer break-ins' })).toBeVisible();
  // ...but leaves goals, objectives and imports to leads and coordinators.
  await expect(max.getByRole('button', { name: 'Add a goal' })).toHaveCount(0);
  await expect(max.getByRole('button', { name: 'Change the goal Safer Main Street' })).toHaveCount(0);
  await expect(max.getByRole('button', { name: 'Check the file' })).toHaveCount(0);
  await expect(max.getByRole('link', { name: 'Download the plan as a CSV file' })).toBeVisible();
  await audit(max, 'plan-member');
  await max.getByRole('link', { name: 'Fewer break-ins', exact: true }).click();
  await expect(max.getByRole('heading', { name: 'Record a measurement' })).toBeVisible();
  await expect(max.getByRole('button', { name: 'Change the objective' })).toHaveCount(0);

  // Made an observer, they only read.
  const current = await page.request.get(`/api/v1/partnerships/${partnershipId}/members/${membershipId}`);
  const version = ((await current.json()) as { version: number }).version;
  const changed = await apiWithSession(page, 'PATCH', `/api/v1/partnerships/${partnershipId}/members/${membershipId}`, {
    data: { role: 'observer' },
    headers: { 'If-Match': `"${version}"` },
  });
  expect(changed.ok()).toBe(true);
  await max.reload();
  await expect(pageHeading(max, 'Objective')).toBeVisible();
  await expect(max.getByRole('heading', { name: 'Measurements' })).toBeVisible();
  await expect(max.getByRole('heading', { name: 'Record a measurement' })).toHaveCount(0);
  await max.goto(`/partnerships/${partnershipId}/plan`);
  await expect(max.getByRole('link', { name: 'Print and hand out leaflets' })).toBeVisible();
  await expect(max.locator('[id^="activity-select-"]')).toHaveCount(0);
  await expect(max.getByRole('link', { name: /^Add an activity/ })).toHaveCount(0);
  await audit(max, 'plan-observer');
  await max.goto(`/partnerships/${partnershipId}/plan/activities/${activity.leaflets}`);
  await expect(pageHeading(max, 'Activity')).toBeVisible();
  await expect(max.getByRole('button', { name: 'Change the activity' })).toHaveCount(0);
  await context.close();
});
