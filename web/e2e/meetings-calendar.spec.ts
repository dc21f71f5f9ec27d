import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { accounts, apiWithSession, audit, expect, pageHeading, signIn, test } from './support';

// The meetings page as a calendar, and the list reaching further back, as the plain user who
// leads a new partnership, in the America/Chicago time zone. The meetings are scheduled through
// the API (meetings.spec.ts tests the form): one this month, two next month (one cancelled, one
// at 9 PM on its last day, which is already the next day in UTC), and two long past.
test.describe.configure({ mode: 'serial' });

const ZONE = 'America/Chicago';
const partnershipName = `Riverton Calendar Table ${Date.now()}`;
let partnershipId = 0;
let sessionPath = '';

test.use({ storageState: async ({}, use) => use(sessionPath), timezoneId: ZONE });

/** The date in Chicago `offsetDays` days from now, as YYYY-MM-DD. */
function chicagoDate(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

/** The month (YYYY-MM) `months` after the month of `date`. */
function monthAfter(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1 + months, 1)).toISOString().slice(0, 7);
}

/** The last date of a YYYY-MM month. */
function lastDateOf(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, number!, 0)).toISOString().slice(0, 10);
}

/** A date in words as the page writes it, such as "Thu, Dec 10, 2026". */
function inWords(date: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
/** The month of a YYYY-MM-DD date or a YYYY-MM month: "December 2026". */
const monthName = (month: string) => inWords(`${month.slice(0, 7)}-01`, { month: 'long', year: 'numeric' });
/** "Thu, Dec 10, 2026" */
const dayName = (date: string) => inWords(date, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

const today = chicagoDate();
const thisMonth = today.slice(0, 7);
const nextMonth = monthAfter(today, 1);
const beat = { title: 'Eastside beat meeting', date: `${thisMonth}-15`, starts: '18:00', ends: '19:30' };
const townHall = { title: 'Snowed-out town hall', date: `${nextMonth}-10`, starts: '10:00', ends: '11:30' };
const late = { title: 'Late budget review', date: lastDateOf(nextMonth), starts: '21:00', ends: '22:00' };
const spring = { title: 'Spring cleanup meeting', date: chicagoDate(-200), starts: '18:00', ends: '19:00' };
const founding = { title: 'Founding meeting', date: chicagoDate(-500), starts: '18:00', ends: '19:00' };

async function schedule(page: Page, meeting: typeof beat): Promise<{ id: number; starts_at: string }> {
  const response = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/meetings`, {
    data: {
      ...meeting,
      kind: 'regular',
      description: null,
      end_date: null,
      time_zone: ZONE,
      place: null,
      online_link: null,
      visibility: 'members',
      capacity: null,
      recurrence: null,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: number; starts_at: string };
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: process.env.CG_BASE_URL });
  await signIn(page, accounts.user);
  const authDir = path.join(test.info().project.outputDir, '.auth');
  await mkdir(authDir, { recursive: true });
  sessionPath = path.join(authDir, 'meetings-calendar-session.json');
  await page.context().storageState({ path: sessionPath });

  const created = await apiWithSession(page, 'POST', '/api/v1/partnerships', {
    data: { name: partnershipName, my_sector: 'government' },
  });
  expect(created.status()).toBe(201);
  partnershipId = ((await created.json()) as { id: number }).id;
  for (const meeting of [beat, spring, founding]) await schedule(page, meeting);
  // Placed by its own date: in UTC it starts the next day.
  const lateMeeting = await schedule(page, late);
  expect(lateMeeting.starts_at.slice(0, 10)).not.toBe(late.date);
  const { id } = await schedule(page, townHall);
  const cancelled = await apiWithSession(page, 'POST', `/api/v1/partnerships/${partnershipId}/meetings/${id}/cancel`, {
    data: { reason: 'Snow storm: the library is closed', following: false },
  });
  expect(cancelled.status(), await cancelled.text()).toBe(200);
  await page.context().close();
});

const meetingsPath = () => `/partnerships/${partnershipId}/meetings`;
const calendarTable = (page: Page, month: string) =>
  page.getByRole('table', { name: `Meetings in ${monthName(month)}, a week to a row` });
/** The table cell of a date. */
const dayCell = (page: Page, date: string) => page.locator('td', { has: page.locator(`time[datetime="${date}"]`) });

test('the calendar shows this month’s meetings on their own dates and marks today', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(meetingsPath());
  await expect(pageHeading(page, 'Meetings')).toBeVisible();
  const views = page.getByRole('list', { name: 'Show the meetings as' });
  await expect(views.getByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'page');
  await views.getByRole('link', { name: 'Calendar' }).click();
  await expect(page).toHaveURL(/\/meetings\?view=calendar$/);
  await expect(views.getByRole('link', { name: 'Calendar' })).toHaveAttribute('aria-current', 'page');
  await expect(views.getByRole('link', { name: 'List' })).not.toHaveAttribute('aria-current');

  await expect(page.getByRole('heading', { level: 2, name: monthName(thisMonth) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `1 meeting in ${monthName(thisMonth)}.` })).toBeVisible();
  const table = calendarTable(page, thisMonth);
  await expect(table).toBeVisible();
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  await expect(headers.first().locator('abbr')).toHaveAttribute('title', 'Sunday');
  await expect(headers.last().locator('abbr')).toHaveAttribute('title', 'Saturday');
  await expect(table.locator('th[scope="col"]')).toHaveCount(7);

  // The meeting in its day's cell only, with its local start time and a link to it.
  const cell = dayCell(page, beat.date);
  await expect(cell.getByRole('link', { name: beat.title })).toBeVisible();
  await expect(cell).toContainText('6:00 PM');
  await expect(table.getByRole('link', { name: beat.title })).toHaveCount(1);

  // Today is marked for screen readers and to the eye (its date in a filled circle).
  const todayCell = table.locator('td[aria-current="date"]');
  await expect(todayCell).toHaveCount(1);
  await expect(todayCell.locator('time')).toHaveAttribute('datetime', today);
  await expect(todayCell.locator('time')).toHaveCSS('background-color', 'rgb(0, 94, 162)');
  await audit(page, 'meetings-calendar');

  await cell.getByRole('link', { name: beat.title }).click();
  await expect(pageHeading(page, 'Meeting')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: beat.title })).toBeVisible();
});

test('next and previous month by mouse and keyboard; a cancelled meeting is marked; the month is in the address', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${meetingsPath()}?view=calendar`);
  await expect(calendarTable(page, thisMonth)).toBeVisible();

  // By keyboard: from the view choice to the month buttons, Enter on "Next month"; focus stays.
  await page.getByRole('link', { name: 'Calendar' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Previous month' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'This month' })).toBeFocused();
  await page.keyboard.press('Tab');
  const next = page.getByRole('button', { name: 'Next month' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?view=calendar&month=${nextMonth}$`));
  await expect(page.getByRole('heading', { level: 2, name: monthName(nextMonth) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `2 meetings in ${monthName(nextMonth)}.` })).toBeVisible();
  await expect(next).toBeFocused();
  const table = calendarTable(page, nextMonth);
  await expect(table.getByRole('link', { name: beat.title })).toHaveCount(0);

  // The cancelled meeting: struck through and saying so in words.
  const townHallCell = dayCell(page, townHall.date);
  const townHallLink = townHallCell.getByRole('link', { name: townHall.title });
  await expect(townHallLink).toHaveCSS('text-decoration-line', 'underline line-through');
  await expect(townHallCell.getByRole('listitem')).toHaveText(`10:00 AM ${townHall.title} Cancelled`);
  // 9 PM on the month's last day, on that day although it starts the next day in UTC.
  const lateCell = dayCell(page, late.date);
  await expect(lateCell.getByRole('link', { name: late.title })).toBeVisible();
  await expect(lateCell).toContainText('9:00 PM');
  await expect(table.getByRole('link', { name: late.title })).toHaveCount(1);
  await expect(lateCell.getByText('Cancelled')).toHaveCount(0);
  await audit(page, 'meetings-calendar-next-month');

  // Tab goes on to the meetings in the table; Enter opens one.
  await page.keyboard.press('Tab');
  await expect(townHallLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pageHeading(page, 'Meeting')).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: `${townHall.title} Cancelled` })).toBeVisible();
  await page.goBack();
  await expect(calendarTable(page, nextMonth)).toBeVisible();

  // A reload keeps the month; back by mouse, then "This month" drops it from the address.
  await page.reload();
  await expect(calendarTable(page, nextMonth)).toBeVisible();
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page).toHaveURL(/\?view=calendar$/);
  await expect(calendarTable(page, thisMonth)).toBeVisible();
  await page.getByRole('button', { name: 'Previous month' }).click();
  const lastMonth = monthAfter(today, -1);
  await expect(page).toHaveURL(new RegExp(`month=${lastMonth}$`));
  await expect(calendarTable(page, lastMonth)).toBeVisible();
  await page.getByRole('button', { name: 'This month' }).click();
  await expect(page).toHaveURL(/\?view=calendar$/);
  await expect(calendarTable(page, thisMonth)).toBeVisible();

  // A link to a month long ago, and a month that is not one falls back to this month.
  const foundingMonth = founding.date.slice(0, 7);
  await page.goto(`${meetingsPath()}?view=calendar&month=${foundingMonth}`);
  await expect(dayCell(page, founding.date).getByRole('link', { name: founding.title })).toBeVisible();
  await page.goto(`${meetingsPath()}?view=calendar&month=2026-13`);
  await expect(calendarTable(page, thisMonth)).toBeVisible();
});

test('on a phone the month is a list of the days that have meetings', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${meetingsPath()}?view=calendar&month=${nextMonth}`);
  await expect(page.getByRole('heading', { level: 2, name: monthName(nextMonth) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `2 meetings in ${monthName(nextMonth)}.` })).toBeVisible();
  await expect(calendarTable(page, nextMonth)).toBeHidden();
  const dayList = (month: string) => page.getByRole('list', { name: monthName(month) });
  const days = dayList(nextMonth).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(days).toHaveCount(2);
  await expect(days.getByRole('heading', { level: 3 })).toHaveText([dayName(townHall.date), dayName(late.date)]);
  await expect(days.first()).toContainText(`10:00 AM ${townHall.title} Cancelled`);
  await expect(days.first().getByRole('link', { name: townHall.title })).toHaveCSS('text-decoration-line', 'underline line-through');
  await expect(days.last()).toContainText(`9:00 PM ${late.title}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('meetings-calendar-375.png'), fullPage: true });

  // Still reachable by keyboard: the month buttons, then the meetings in the list.
  await page.getByRole('button', { name: 'Next month' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'This month' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(days.first().getByRole('link', { name: townHall.title })).toBeFocused();

  // This month's one meeting under its day, which says "(today)" when it is today.
  await page.getByRole('button', { name: 'This month' }).click();
  await expect(page.getByRole('heading', { level: 3, name: beat.date === today ? `${dayName(beat.date)} (today)` : dayName(beat.date) })).toBeVisible();
  // Just above the phone width the table is back, and fits without scrolling sideways.
  await page.setViewportSize({ width: 660, height: 900 });
  await expect(calendarTable(page, thisMonth).getByRole('link', { name: beat.title })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(660);
  await page.screenshot({ path: test.info().outputPath('meetings-calendar-660.png'), fullPage: true });
  await expect(dayList(thisMonth)).toBeHidden();
});

test('the list shows earlier meetings a year further back at a time', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(meetingsPath());
  const past = page.getByRole('region', { name: /^Past meetings/ });
  await expect(past.getByRole('heading', { level: 2 })).toBeVisible();
  // This month's meeting may have taken place already; the older ones are not shown yet.
  const recent = await past.getByRole('link').count();
  await expect(past.getByRole('heading', { level: 2 })).toHaveText(`Past meetings (${recent})`);
  await expect(past.getByRole('link', { name: spring.title })).toHaveCount(0);

  const earlier = past.getByRole('button', { name: 'Show earlier meetings' });
  await earlier.click();
  await expect(past.getByRole('status').filter({ hasText: 'Past meetings are now shown from' })).toBeVisible();
  await expect(past.getByRole('link', { name: spring.title })).toBeVisible();
  await expect(past.getByRole('link', { name: founding.title })).toHaveCount(0);
  await expect(past.getByRole('heading', { level: 2 })).toHaveText(`Past meetings (${recent + 1})`);
  await expect(earlier).toBeFocused();

  await earlier.click();
  await expect(past.getByRole('link', { name: founding.title })).toBeVisible();
  await expect(past.getByRole('heading', { level: 2 })).toHaveText(`Past meetings (${recent + 2})`);
  // Newest first, each under its month, at the end of the list.
  const titles = await past.getByRole('link').allTextContents();
  expect(titles.slice(-2)).toEqual([spring.title, founding.title]);
  const months = await past.getByRole('heading', { level: 3 }).allTextContents();
  expect(months.slice(-2)).toEqual([monthName(spring.date), monthName(founding.date)]);
  await audit(page, 'meetings-earlier');
});
