import { t } from '../i18n';

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const utc = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

/** A server timestamp in the browser's time zone, or "Never" when there is none. */
export function formatDateTime(iso: string | null | undefined, empty = t('common.never')): string {
  if (iso === null || iso === undefined || iso === '') return empty;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A server timestamp in UTC, for the audit trail. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : utc.format(date);
}

/**
 * The UTC instant for a date typed in an `<input type=date>` (YYYY-MM-DD): its start, or with
 * `endOfDay` the start of the next day, so that an "until" date includes the whole day.
 */
export function dateToUtcIso(date: string, endOfDay = false): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  const instant = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(instant.getTime())) return '';
  if (endOfDay) instant.setUTCDate(instant.getUTCDate() + 1);
  return instant.toISOString();
}
