// Calendar arithmetic on plain dates (YYYY-MM-DD) and months (YYYY-MM), done in UTC so that no
// time zone or daylight saving change can move a day. Pure: the same input gives the same output.

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const day = utcDay(date);
  day.setUTCDate(day.getUTCDate() + days);
  return isoDay(day);
}

/** The month as given when it is a YYYY-MM month of the years 1900 to 2999, else null. */
export function parseMonth(value: string | null): string | null {
  return value !== null && /^(19|2\d)\d\d-(0[1-9]|1[0-2])$/.test(value) ? value : null;
}

/** The month `months` months after `month` (before it when negative): "2026-12" + 1 is "2027-01". */
export function shiftMonth(month: string, months: number): string {
  const day = utcDay(`${month}-01`);
  day.setUTCMonth(day.getUTCMonth() + months);
  return isoDay(day).slice(0, 7);
}

/** The Sunday on or before the month's first day: the calendar's first day. */
function gridStart(month: string): string {
  const first = `${month}-01`;
  return addDays(first, -utcDay(first).getUTCDay());
}

/** The Saturday on or after the month's last day: the calendar's last day. */
function gridEnd(month: string): string {
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  return addDays(last, 6 - utcDay(last).getUTCDay());
}

/**
 * The month as a calendar shows it: whole weeks, Sunday to Saturday, from the week of its first
 * day to the week of its last, so the first and last weeks may hold days of the months around it.
 * Four to six weeks of seven dates each.
 */
export function monthWeeks(month: string): string[][] {
  const start = gridStart(month);
  const days = Math.round((utcDay(gridEnd(month)).getTime() - utcDay(start).getTime()) / 86_400_000) + 1;
  return Array.from({ length: days / 7 }, (_, week) => Array.from({ length: 7 }, (_, weekday) => addDays(start, week * 7 + weekday)));
}

/**
 * The UTC days to ask the server for so that every meeting whose own local date is in the month's
 * calendar comes back: the server picks meetings by the UTC day they start on, which is at most a
 * day before or after the local date (zones are UTC-12 to UTC+14), so a day more on each side.
 */
export function monthRange(month: string): { from: string; to: string } {
  return { from: addDays(gridStart(month), -1), to: addDays(gridEnd(month), 1) };
}

/** The date `now` falls on where the browser is, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
