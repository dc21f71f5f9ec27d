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

// One story, in order, as the plain user who leads a new partnership: a weekly series scheduled
// in the browser's time zone with its first meeting begun ten minutes ago; a member proposes an
// agenda item and the lead accepts it and puts the agenda in order; the roll is taken on a
// phone-sized screen; the minutes are written, shared, commented on by the member and approved,
// then a decision and an action item that lands in the plan; the next meeting gets an answer and
// is then cancelled; and the engagement report and its summary on the overview. The partnership
// and its members are set up through the API; partnerships.spec.ts tests those pages.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Meeting Table ${stamp}`;
const title = 'Eastside beat meeting';
const eli = 'Eli Excused';
const member: Account & { name: string } = {
  email: `mona.${stamp}@riverton.example`,
  password: 'mona picks a long passphrase',
  name: 'Mona Member',
};
let partnershipId = 0;
// The lead's session and the member's, signed in once and shared by the tests.
let sessionPath = '';
let memberSessionPath = '';

test.use({ storageState: async ({}, use) => use(sessionPath), timezoneId: 'America/Chicago' });

interface MeetingJson {
  id: number;
  starts_at: string;
  status: string;
}

/** The partnership's meetings, oldest first, as the API lists them. */
async function meetings(page: Page): Promise<MeetingJson[]> {
  const response = await page.request.get(`/api/v1/partnerships/${partnershipId}/meetings`);
  expect(response.ok(), 'GET /meetings').toBe(true);
  return ((await response.json()) as { items: MeetingJson[] }).items;
}

function meetingPath(meetingId: number): string {
  return `/partnerships/${partnershipId}/meetings/${meetingId}`;
}

/** A page signed in as the member, in its own browser context. */
async function memberPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.CG_BASE_URL,
    storageState: memberSessionPath,
    timezoneId: 'America/Chicago',
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

/**
 * The first meeting, as the browser's clock reads: today, starting ten minutes ago rounded down
 * to five, for an hour (so attendance can be taken now). Near midnight it starts the day before,
 * or ends the day after.
 */
async function firstMeetingTimes(page: Page): Promise<{ date: string; starts: string; endDate: string; ends: string }> {
  return page.evaluate(() => {
    const start = new Date(Date.now() - 10 * 60_000);
    start.setMinutes(start.getMinutes() - (start.getMinutes() % 5), 0, 0);
    const end = new Date(start.getTime() + 60 * 60_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    const date = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
    const clock = (at: Date) => `${pad(at.getHours())}:${pad(at.getMinutes())}`;
    return { date: date(start), starts: clock(start), endDate: date(end), ends: clock(end) };
  });
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: process.env.CG_BASE_URL });
  await signIn(page, accounts.user);
  const authDir = path.join(test.info().project.outputDir, '.auth');
  await mkdir(authDir, { recursive: true });
  sessionPath = path.join(authDir, 'meetings-session.json');
  memberSessionPath = path.join(authDir, 'meetings-member-session.json');
  await page.context().storageState({ path: sessionPath });

  const created = await apiWithSession(page, 'POST', '/api/v1/partnerships', {
    data: { name: partnershipName, my_sector: 'government' },
  });
  expect(created.status()).toBe(201);
  partnershipId = ((await created.json()) as { id: number }).id;
  const added = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { person_name: eli, sector: 'business', role: 'member', invite: false, joined_on: day(-30) },
  });
  expect(added.status()).toBe(201);
  // Seated a month ago too: the lead's seat starts today (UTC), which is still yesterday where
  // the meeting is held in the evening, so without Pat the roll could have one person on it.
  const pat = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { person_name: 'Pat Present', sector: 'faith', role: 'member', invite: false, joined_on: day(-30) },
  });
  expect(pat.status()).toBe(201);

  // A member with an account of their own, who proposes an agenda item later.
  const invited = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/members`, {
    data: { email: member.email, person_name: member.name, sector: 'residents_neighborhood', role: 'member', invite: true },
  });
  expect(invited.status()).toBe(201);
  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL, storageState: { cookies: [], origins: [] } });
  const mona = await context.newPage();
  await mona.goto(`/invitations/${await invitationToken(member.email)}`);
  await mona.getByLabel('Your name').fill(member.name);
  await mona.getByLabel('Choose a password').fill(member.password);
  await mona.getByLabel('Type the password again').fill(member.password);
  await mona.getByRole('button', { name: 'Create account and join' }).click();
  const joined = pageHeading(mona, 'You have joined');
  await expect(joined.or(mona.getByRole('heading', { level: 1, name: partnershipName, exact: true }))).toBeVisible();
  if (await joined.isVisible()) await signIn(mona, member);
  await context.storageState({ path: memberSessionPath });
  await context.close();
  await page.context().close();
});

test('a lead schedules a weekly series in the browser’s time zone', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}`);
  await expect(pageHeading(page, partnershipName)).toBeVisible();
  await page.getByRole('navigation', { name: `Sections of ${partnershipName}` }).getByRole('link', { name: 'Meetings' }).click();
  await expect(pageHeading(page, 'Meetings')).toBeFocused();
  await expect(page).toHaveTitle(`Meetings of ${partnershipName} | CommonGround`);
  await expect(page.getByText('No meetings are scheduled.')).toBeVisible();
  await audit(page, 'meetings-empty');

  await page.getByRole('link', { name: 'Schedule a meeting' }).click();
  await expect(pageHeading(page, 'Schedule a meeting')).toBeFocused();
  // The time zone starts as the browser's.
  await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue('America/Chicago');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Title: Enter a title.');
  await expect(summary).toContainText('Starts at: Enter the time it starts.');
  await audit(page, 'meeting-new-errors');

  const times = await firstMeetingTimes(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date', { exact: true }).fill(times.date);
  await page.getByLabel('Starts at').fill(times.starts);
  await page.getByLabel('Ends at').fill(times.ends);
  if (times.endDate !== times.date) {
    await tick(page, 'meeting-later-day');
    await page.getByLabel('End date').fill(times.endDate);
  }
  await page.getByLabel('Place (optional)').fill('Eastside library, room 2');
  await tick(page, 'meeting-repeat-weekly');
  await expect(page.getByLabel('Every how many weeks')).toHaveValue('1');
  await tick(page, 'meeting-repeat-end-count');
  await page.getByLabel('Number of meetings', { exact: true }).fill('6');
  await audit(page, 'meeting-new');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();

  await expect(pageHeading(page, 'Meetings')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `"${title}" is scheduled: 6 meetings, the first on` })).toBeVisible();
  const upcoming = page.getByRole('region', { name: /^Coming up/ });
  await expect(upcoming.getByRole('link', { name: title })).toHaveCount(6);
  const [first] = await meetings(page);
  const firstCard = upcoming.getByRole('listitem').filter({ has: page.locator(`a[href="${meetingPath(first!.id)}"]`) });
  await expect(firstCard).toContainText('Happening now');
  await expect(firstCard).toContainText(/C[SD]T/);
  await audit(page, 'meetings');
});

test('a member proposes an agenda item; the lead accepts it and puts the agenda in order', async ({ page, browser }) => {
  test.slow();
  const [first] = await meetings(page);
  const mona = await memberPage(browser);
  await mona.goto(`/partnerships/${partnershipId}/meetings`);
  await expect(pageHeading(mona, 'Meetings')).toBeVisible();
  await expect(mona.getByRole('link', { name: 'Schedule a meeting' })).toHaveCount(0);
  await mona.goto(meetingPath(first!.id));
  await expect(pageHeading(mona, 'Meeting')).toBeVisible();
  await expect(mona.getByRole('heading', { level: 2, name: title })).toBeVisible();
  // The meeting has begun, so answers are closed.
  await expect(mona.getByRole('radio', { name: 'Yes, I am coming' })).toBeDisabled();
  await expect(mona.getByText('answers close when it begins')).toBeVisible();
  await mona.getByLabel('Item', { exact: true }).fill('Street lighting on Maple');
  await mona.getByLabel('Minutes needed (optional)').fill('15');
  await mona.getByRole('button', { name: 'Propose the item' }).click();
  await expect(mona.getByRole('status').filter({ hasText: '"Street lighting on Maple" is proposed' })).toBeFocused();
  await expect(mona.getByRole('button', { name: 'Withdraw Street lighting on Maple' })).toBeVisible();
  await expect(mona.getByRole('button', { name: 'Accept Street lighting on Maple' })).toHaveCount(0);
  await audit(mona, 'meeting-member');
  await mona.context().close();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(meetingPath(first!.id));
  await expect(pageHeading(page, 'Meeting')).toBeVisible();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByText('Nothing is on the agenda yet.')).toBeVisible();
  await agenda.getByRole('button', { name: 'Accept Street lighting on Maple' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Street lighting on Maple" is on the agenda.' })).toBeFocused();

  // A lead's own item goes straight on the agenda; moved up, it comes first.
  await agenda.getByLabel('Item', { exact: true }).fill('Welcome and introductions');
  await agenda.getByLabel('Minutes needed (optional)').fill('5');
  await agenda.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Welcome and introductions" is on the agenda.' })).toBeFocused();
  await agenda.getByRole('button', { name: 'Move Welcome and introductions up' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Welcome and introductions" is now item 1 of 2.' })).toBeFocused();
  const items = agenda.locator('ol > li');
  await expect(items.nth(0)).toContainText('Welcome and introductions');
  await expect(items.nth(1)).toContainText('15 min');
  await expect(items.nth(1)).toContainText(`Proposed by ${member.name}`);
  await expect(agenda.getByText('2 items, 20 minutes in all.')).toBeVisible();
  await audit(page, 'meeting-agenda');
});

test('the roll is taken on a phone: everyone present, one excused, and guests', async ({ page }) => {
  test.slow();
  const [first] = await meetings(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(meetingPath(first!.id));
  await expect(pageHeading(page, 'Meeting')).toBeVisible();
  await page.getByRole('link', { name: 'Take attendance' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Attendance' })).toBeFocused();
  const attendance = page.getByRole('region', { name: 'Attendance' });
  const people = attendance.getByRole('group');
  // Eli, Pat, and the lead unless the meeting's day (where it is held) is before the lead's first
  // (in UTC); the member joined today, so has no seat at a meeting that began before midnight.
  const seats = await people.count();
  expect(seats).toBeGreaterThanOrEqual(2);
  const present = `${seats - 1} of ${seats} members, 4 guests`;

  // Nothing scrolls sideways, and every toggle is at least 44 px square.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const box of await attendance.locator('button[aria-pressed]').evaluateAll((buttons) =>
    buttons.map((button) => button.getBoundingClientRect()).map(({ width, height }) => ({ width, height })),
  )) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }

  await attendance.getByRole('button', { name: 'Mark everyone present' }).click();
  for (let index = 0; index < seats; index += 1) {
    await expect(people.nth(index).getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  }
  const eliRow = attendance.getByRole('group', { name: new RegExp(eli) });
  await eliRow.getByRole('button', { name: 'Excused' }).click();
  await expect(eliRow.getByRole('button', { name: 'Excused' })).toHaveAttribute('aria-pressed', 'true');
  await expect(eliRow.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'false');
  await attendance.getByLabel('Guests', { exact: true }).fill('4');
  await expect(attendance.getByText(`${seats} of ${seats} marked:`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('meeting-roll-375.png') });
  await attendance.getByRole('button', { name: 'Save attendance' }).click();

  await expect(page.getByRole('status').filter({ hasText: `Attendance saved: ${present}. Sectors in the room: ` })).toBeFocused();
  await expect(attendance).toContainText(`${present}; sectors present:`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
  await audit(page, 'meeting-attendance');

  // The list shows the same counts for the meeting.
  await page.getByRole('link', { name: 'All meetings' }).click();
  await expect(pageHeading(page, 'Meetings')).toBeFocused();
  const card = page.getByRole('listitem').filter({ has: page.locator(`a[href="${meetingPath(first!.id)}"]`) });
  await expect(card).toContainText(`Attendance: ${present}`);
});

/** A date as the pages write it: "Mar 4, 2025". */
function dateText(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

test('minutes are written, shared, commented on and approved; a decision and an action item follow it into the plan', async ({
  page,
  browser,
}) => {
  test.slow();
  const [first] = await meetings(page);
  const minutesApi = `/api/v1/partnerships/${partnershipId}/meetings/${first!.id}/minutes`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(meetingPath(first!.id));
  await expect(pageHeading(page, 'Meeting')).toBeVisible();
  const minutes = page.getByRole('region', { name: 'Minutes' });
  await expect(minutes.getByText('Nobody has written the minutes yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Decisions' }).getByText('No decisions are recorded for this meeting.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Action items' }).getByText('No action items yet.')).toBeVisible();

  // Writing them: an empty save is refused in the form, then a draft is saved and shown formatted.
  await minutes.getByRole('button', { name: 'Write the minutes' }).click();
  await expect(minutes.getByRole('heading', { level: 3, name: 'Write the minutes' })).toBeFocused();
  await minutes.getByRole('button', { name: 'Save the minutes' }).click();
  const summary = minutes.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Minutes: Write the minutes before saving them.');
  await audit(page, 'meeting-minutes-errors');
  await minutes.getByLabel('Minutes', { exact: true }).fill(
    [
      '# Eastside beat meeting',
      '',
      '- Street lighting on Maple: two lights are out.',
      '- **Next step:** ask the city.',
      '',
      '<script>document.title = "hacked"</script>',
      '',
      '[Read more](javascript:alert(1))',
    ].join('\n'),
  );
  await minutes.getByRole('button', { name: 'Save the minutes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The minutes are saved as a draft.' })).toBeFocused();
  await expect(minutes.getByText('Draft', { exact: true })).toBeVisible();
  // The minutes' own top heading sits under the section's; raw HTML and script links are left out.
  await expect(minutes.getByRole('heading', { level: 3, name: 'Eastside beat meeting' })).toBeVisible();
  await expect(minutes.getByRole('listitem').filter({ hasText: 'Street lighting on Maple: two lights are out.' })).toBeVisible();
  await expect(minutes.locator('strong', { hasText: 'Next step:' })).toBeVisible();
  await expect(minutes.locator('script')).toHaveCount(0);
  await expect(minutes.getByText('Read more')).toBeVisible();
  await expect(minutes.getByRole('link', { name: 'Read more' })).toHaveCount(0);
  await expect(page).not.toHaveTitle(/hacked/);
  await audit(page, 'meeting-minutes-draft');

  await minutes.getByRole('button', { name: 'Share for comments' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The minutes are shared for comments.' })).toBeFocused();
  await expect(minutes.getByText('Shared for comments', { exact: true })).toBeVisible();
  await expect(minutes.getByRole('button', { name: 'Share for comments' })).toHaveCount(0);
  await audit(page, 'meeting-minutes-circulated');

  // A member reads them and comments; they cannot change them, move them along or record decisions.
  const mona = await memberPage(browser);
  await mona.goto(meetingPath(first!.id));
  const monaMinutes = mona.getByRole('region', { name: 'Minutes' });
  await expect(monaMinutes.getByRole('heading', { level: 3, name: 'Eastside beat meeting' })).toBeVisible();
  await expect(monaMinutes.getByRole('button', { name: 'Edit the minutes' })).toHaveCount(0);
  await expect(monaMinutes.getByRole('button', { name: 'Approve the minutes' })).toHaveCount(0);
  await expect(mona.getByRole('heading', { name: 'Record a decision' })).toHaveCount(0);
  await expect(mona.getByRole('button', { name: 'Add an action item' })).toBeVisible();
  await monaMinutes.getByLabel('Your comment').fill('Please add that Eli sent apologies.');
  await monaMinutes.getByRole('button', { name: 'Add my comment' }).click();
  await expect(mona.getByRole('status').filter({ hasText: 'Your comment was added.' })).toBeFocused();
  const comments = monaMinutes.getByRole('list', { name: 'Comments (1)' });
  await expect(comments).toContainText(member.name);
  await expect(comments).toContainText('Please add that Eli sent apologies.');
  await audit(mona, 'meeting-minutes-comment');
  await mona.context().close();

  // The lead edits them while a colleague saves first: their version is shown, and the lead's
  // edits go on top of it.
  await page.reload();
  await expect(minutes.getByRole('list', { name: 'Comments (1)' })).toContainText('Please add that Eli sent apologies.');
  await minutes.getByRole('button', { name: 'Edit the minutes' }).click();
  await expect(minutes.getByRole('heading', { level: 3, name: 'Edit the minutes' })).toBeFocused();
  const current = (await (await page.request.get(minutesApi)).json()) as { minutes: { markdown: string; version: number } };
  const colleague = await apiWithSession(page, 'PUT', minutesApi, {
    data: { markdown: `${current.minutes.markdown}\n\nSaved by a colleague.` },
    headers: { 'If-Match': `"${current.minutes.version}"` },
  });
  expect(colleague.status()).toBe(200);
  const editor = minutes.getByLabel('Minutes', { exact: true });
  await editor.fill(`${await editor.inputValue()}\n- ${eli} sent apologies.`);
  await minutes.getByRole('button', { name: 'Save the minutes' }).click();
  const stale = minutes.getByRole('alert').filter({ hasText: 'Someone else changed these minutes' });
  await expect(stale).toBeFocused();
  await expect(stale).toContainText('Saved by a colleague.');
  await audit(page, 'meeting-minutes-stale');
  await stale.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await minutes.getByRole('button', { name: 'Save the minutes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes to the minutes are saved.' })).toBeFocused();
  await expect(minutes.getByRole('listitem').filter({ hasText: `${eli} sent apologies.` })).toBeVisible();

  // Approved, they are final: no more editing or comments.
  await minutes.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(minutes.getByText('Approve these minutes? They become final')).toBeFocused();
  await audit(page, 'meeting-minutes-approve-question');
  await minutes.getByRole('button', { name: 'Yes, approve them' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The minutes are approved. They are now final.' })).toBeFocused();
  await expect(minutes.getByText('Approved', { exact: true })).toBeVisible();
  await expect(minutes).toContainText('These minutes are final and no longer change.');
  await expect(minutes.getByRole('button', { name: 'Edit the minutes' })).toHaveCount(0);
  await expect(minutes.getByLabel('Your comment')).toHaveCount(0);
  await audit(page, 'meeting-minutes-approved');

  // A decision.
  const decisions = page.getByRole('region', { name: 'Decisions' });
  await decisions.getByLabel('Decision', { exact: true }).fill('Ask the city for two street lights on Maple.');
  await decisions.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Decision recorded: "Ask the city for two street lights on Maple."' })).toBeFocused();
  await expect(decisions.getByRole('listitem')).toContainText(['Ask the city for two street lights on Maple.']);

  // An action item: who and by when are required; it lands in the plan.
  const actionItems = page.getByRole('region', { name: 'Action items' });
  await actionItems.getByRole('button', { name: 'Add an action item' }).click();
  await expect(actionItems.getByRole('heading', { level: 3, name: 'Add an action item' })).toBeFocused();
  await actionItems.getByRole('button', { name: 'Add the action item' }).click();
  const problems = actionItems.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('What needs doing: Enter what needs doing.');
  await expect(problems).toContainText('Who will do it: Tick who will do it.');
  await expect(problems).toContainText('Done by: Enter the day it should be done by.');
  await audit(page, 'meeting-action-item-errors');
  const task = 'Ask the city about the street lights on Maple';
  const due = day(14);
  await actionItems.getByLabel('What needs doing').fill(task);
  await actionItems.getByRole('group', { name: 'Who will do it' }).getByText(member.name, { exact: true }).click();
  await expect(actionItems.getByRole('checkbox', { name: member.name })).toBeChecked();
  await actionItems.getByLabel('Done by').fill(due);
  await actionItems.getByLabel('Details (optional)').fill('Two lights near the bus stop are out.');
  await actionItems.getByRole('button', { name: 'Add the action item' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `"${task}" is an action item for ${member.name}, due ${dateText(due)}. It is in the plan too.` }),
  ).toBeFocused();
  const item = actionItems.getByRole('listitem').filter({ has: page.getByRole('link', { name: task }) });
  await expect(item).toContainText('Not started');
  await expect(item).toContainText(`Due ${dateText(due)}`);
  await expect(item).toContainText(`Owners: ${member.name}`);
  await audit(page, 'meeting-record');

  // In the plan, with its owner and due date; work on it there shows on the meeting page.
  await actionItems.getByRole('link', { name: 'See the whole plan' }).click();
  await expect(pageHeading(page, 'Action plan')).toBeVisible();
  const unfiled = page.getByRole('region', { name: 'Activities not under an objective' });
  const planned = unfiled.getByRole('listitem').filter({ has: page.getByRole('link', { name: task }) });
  await expect(planned).toContainText(`Due ${dateText(due)}`);
  await expect(planned).toContainText(`Owners: ${member.name}`);
  await planned.getByRole('link', { name: task }).click();
  await expect(pageHeading(page, 'Activity')).toBeVisible();
  const activityId = Number(/\/plan\/activities\/(\d+)/.exec(page.url())?.[1]);
  const activity = (await (await page.request.get(`/api/v1/partnerships/${partnershipId}/plan/activities/${activityId}`)).json()) as {
    version: number;
  };
  const started = await apiWithSession(page, 'PATCH', `/api/v1/partnerships/${partnershipId}/plan/activities/${activityId}`, {
    data: { status: 'in_progress', percent: 40 },
    headers: { 'If-Match': `"${activity.version}"` },
  });
  expect(started.status()).toBe(200);
  await page.goto(meetingPath(first!.id));
  await expect(item).toContainText('In progress');
  await expect(item).toContainText('40% done');
});

test('the next meeting gets an answer, then is cancelled and marked so in the list', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const [, next] = await meetings(page);
  await page.goto(`/partnerships/${partnershipId}/meetings`);
  await expect(pageHeading(page, 'Meetings')).toBeVisible();
  const upcoming = page.getByRole('region', { name: /^Coming up/ });
  const nextCard = upcoming.getByRole('listitem').filter({ has: page.locator(`a[href="${meetingPath(next!.id)}"]`) });
  await nextCard.getByRole('link', { name: title }).click();
  await expect(pageHeading(page, 'Meeting')).toBeFocused();

  const rsvp = page.getByRole('region', { name: 'Are you coming?' });
  await tick(page, 'rsvp-answer-yes');
  await rsvp.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your answer is saved: Yes, I am coming. Now 1 coming, 0 not coming, 0 maybe.' })).toBeFocused();
  await expect(rsvp).toContainText('Coming (1):');

  await page.getByRole('button', { name: 'Cancel this meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Cancel this meeting?' })).toBeFocused();
  await page.getByLabel('Reason (optional)').fill('Snow storm: the library is closed');
  await expect(page.getByLabel('Also cancel the later meetings in this series')).not.toBeChecked();
  await audit(page, 'meeting-cancel');
  await page.getByRole('button', { name: 'Cancel the meeting', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is cancelled.' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: `${title} Cancelled` })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Yes, I am coming' })).toBeDisabled();

  await page.getByRole('link', { name: 'All meetings' }).click();
  await expect(pageHeading(page, 'Meetings')).toBeFocused();
  await expect(nextCard).toContainText('Cancelled');
  await expect(nextCard).toContainText('Snow storm: the library is closed');
  // Only that one: the rest of the series goes on.
  const statuses = (await meetings(page)).map((meeting) => meeting.status);
  expect(statuses).toEqual(['scheduled', 'cancelled', 'scheduled', 'scheduled', 'scheduled', 'scheduled']);
  await audit(page, 'meetings-cancelled');
});

test('the engagement report, and its summary on the overview', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/partnerships/${partnershipId}/meetings`);
  await page.getByRole('link', { name: 'See who is taking part' }).click();
  await expect(pageHeading(page, 'Who is taking part')).toBeFocused();
  await expect(page).toHaveTitle(`Who is taking part in ${partnershipName} | CommonGround`);
  await expect(page.getByRole('heading', { level: 2, name: /^Worth a call/ })).toBeVisible();
  const members = page.getByRole('table', { name: 'Members; the column buttons change the order' });
  await expect(members.getByRole('rowheader', { name: eli })).toBeVisible();
  await expect(members.getByRole('rowheader', { name: member.name })).toBeVisible();
  const attendanceHeader = members.getByRole('columnheader', { name: /Came to meetings/ });
  await expect(attendanceHeader).toHaveAttribute('aria-sort', 'ascending');
  await attendanceHeader.getByRole('button').click();
  await expect(attendanceHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByText('Sorted by attendance, highest first.')).toBeVisible();
  await expect(page.getByRole('table', { name: /^Meetings, seats filled and contributions by month/ })).toBeVisible();
  await audit(page, 'engagement');

  await page.goto(`/partnerships/${partnershipId}`);
  const glance = page.getByRole('region', { name: 'Who is taking part' });
  await expect(glance).toBeVisible();
  await glance.getByRole('link', { name: 'See who is taking part' }).click();
  await expect(pageHeading(page, 'Who is taking part')).toBeFocused();
});
