import type {
  AgendaStatus,
  AttendanceStatus,
  AttendanceSummary,
  Meeting,
  MeetingKind,
  Recurrence,
  RsvpAnswer,
  RsvpCounts,
  Tally,
} from '../../api/meetings';
import { meetingKinds } from '../../api/meetings';
import type { MinutesStatus } from '../../api/minutes';
import type { Visibility } from '../../api/partnerships';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { t } from '../../i18n';
import { formatDate, percent } from '../partnerships/labels';

export function meetingKindLabel(kind: MeetingKind): string {
  switch (kind) {
    case 'regular':
      return t('meeting.kind.regular');
    case 'working_group':
      return t('meeting.kind.working_group');
    case 'town_hall':
      return t('meeting.kind.town_hall');
    case 'public':
      return t('meeting.kind.public');
  }
}

export function meetingKindOptions(): ReferenceItem[] {
  return meetingKinds.map((key) => ({ key, label: meetingKindLabel(key) }));
}

export function meetingVisibilityLabel(visibility: Visibility): string {
  return visibility === 'public' ? t('meeting.visibility.public') : t('meeting.visibility.members');
}

/** The answer as the person gives it: "Yes, I am coming". */
export function answerLabel(answer: RsvpAnswer): string {
  switch (answer) {
    case 'yes':
      return t('rsvp.answer.yes');
    case 'no':
      return t('rsvp.answer.no');
    case 'maybe':
      return t('rsvp.answer.maybe');
  }
}

/** The answer as others see it in a list: "Coming". */
export function answerListLabel(answer: RsvpAnswer): string {
  switch (answer) {
    case 'yes':
      return t('rsvp.list.yes');
    case 'no':
      return t('rsvp.list.no');
    case 'maybe':
      return t('rsvp.list.maybe');
  }
}

export function attendanceLabel(status: AttendanceStatus): string {
  switch (status) {
    case 'present':
      return t('attendance.status.present');
    case 'absent':
      return t('attendance.status.absent');
    case 'excused':
      return t('attendance.status.excused');
  }
}

export function agendaStatusLabel(status: AgendaStatus): string {
  switch (status) {
    case 'proposed':
      return t('agenda.status.proposed');
    case 'accepted':
      return t('agenda.status.accepted');
    case 'declined':
      return t('agenda.status.declined');
  }
}

export function minutesStatusLabel(status: MinutesStatus): string {
  switch (status) {
    case 'draft':
      return t('minutes.status.draft');
    case 'circulated':
      return t('minutes.status.circulated');
    case 'approved':
      return t('minutes.status.approved');
  }
}

/** "8 coming, 2 not coming, 1 maybe". */
export function rsvpCountsText(rsvps: RsvpCounts): string {
  return t('rsvp.counts', { yes: rsvps.yes, no: rsvps.no, maybe: rsvps.maybe });
}

/** "9 of 13 members, 4 guests; sectors present: Faith, Law enforcement". */
export function attendanceText(attendance: AttendanceSummary, sectors: readonly ReferenceItem[]): string {
  const counts = t('attendance.summary', { present: attendance.present, seats: attendance.seats, guests: attendance.guests });
  return attendance.sectors_present.length === 0
    ? t('attendance.summaryNoSectors', { counts })
    : t('attendance.summaryWithSectors', { counts, sectors: sectorList(attendance.sectors_present, sectors) });
}

/** Sector keys as their names, joined: "Faith, Law enforcement". */
export function sectorList(keys: readonly string[], sectors: readonly ReferenceItem[]): string {
  return keys.map((key) => labelFor(sectors, key)).join(', ');
}

/** "5 of 6 (83%)"; "None yet" when there is nothing to count. */
export function tallyText(tally: Tally): string {
  if (tally.of === 0) return t('engagement.tally.none');
  return t('engagement.tally', { count: tally.count, of: tally.of, share: percent(tally.share) });
}

// ---- Dates and times, as the meeting was written in its own time zone -------------------------

const dayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const clockFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A YYYY-MM-DD date with its weekday: "Tue, Dec 1, 2026". */
export function dayText(date: string): string {
  const day = utcDay(date);
  return Number.isNaN(day.getTime()) ? date : dayFormat.format(day);
}

/** The month of a YYYY-MM-DD date or a YYYY-MM month: "December 2026". */
export function monthText(month: string): string {
  const day = utcDay(`${month.slice(0, 7)}-01`);
  return Number.isNaN(day.getTime()) ? month : monthFormat.format(day);
}

const shortWeekdayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The days of the week, Sunday first, short and in full: { short: 'Sun', long: 'Sunday' }. */
export function weekdayNames(): { short: string; long: string }[] {
  // 4 January 1970 was a Sunday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = new Date(Date.UTC(1970, 0, 4 + index));
    return { short: shortWeekdayFormat.format(day), long: weekdayFormat.format(day) };
  });
}

/** A date in a month's calendar: its day number ("30"), with its month ("Nov 30") when outside `month` (YYYY-MM). */
export function calendarDayText(date: string, month: string): string {
  const day = utcDay(date);
  if (Number.isNaN(day.getTime())) return date;
  return date.startsWith(`${month}-`) ? String(day.getUTCDate()) : shortDayFormat.format(day);
}

/** A clock time HH:MM as people read it: "6:00 PM". */
export function clockText(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === undefined || minutes === undefined || Number.isNaN(hours) || Number.isNaN(minutes)) return time;
  return clockFormat.format(new Date(Date.UTC(1970, 0, 1, hours, minutes)));
}

/** The zone's name at that moment, such as "CST" or "Central Standard Time"; the IANA name if unknown. */
function zoneName(timeZone: string, at: string, style: 'short' | 'long'): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(new Date(at));
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** When it is, as written, with its zone: "Tue, Dec 1, 2026, 6:00 PM to 7:30 PM CST". */
export function whenText(meeting: Pick<Meeting, 'local' | 'time_zone' | 'starts_at'>): string {
  const { local } = meeting;
  const zone = zoneName(meeting.time_zone, meeting.starts_at, 'short');
  return local.end_date === local.date
    ? t('meeting.when.sameDay', { date: dayText(local.date), starts: clockText(local.starts), ends: clockText(local.ends), zone })
    : t('meeting.when.overnight', {
        date: dayText(local.date),
        starts: clockText(local.starts),
        endDate: dayText(local.end_date),
        ends: clockText(local.ends),
        zone,
      });
}

/** The time zone in words with its IANA name: "Central Standard Time (America/Chicago)". */
export function zoneText(meeting: Pick<Meeting, 'time_zone' | 'starts_at'>): string {
  const name = zoneName(meeting.time_zone, meeting.starts_at, 'long');
  return name === meeting.time_zone ? name : t('meeting.zone', { name, zone: meeting.time_zone });
}

/** The browser's own time zone (IANA name), or an empty string when it does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
}

const yourTimeOptions: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** The start in the browser's zone when that reads differently from the meeting's, such as "Tue, Dec 1, 7:00 PM EST"; else null. */
export function startInBrowserZone(meeting: Pick<Meeting, 'time_zone' | 'starts_at'>): string | null {
  const zone = browserTimeZone();
  const start = new Date(meeting.starts_at);
  if (zone === '' || zone === meeting.time_zone || Number.isNaN(start.getTime())) return null;
  try {
    const mine = new Intl.DateTimeFormat('en-US', yourTimeOptions).format(start);
    const theirs = new Intl.DateTimeFormat('en-US', { ...yourTimeOptions, timeZone: meeting.time_zone }).format(start);
    return mine === theirs ? null : mine;
  } catch {
    return null;
  }
}

/** Which of its weekday in the month a date is: 1..4, or 'last' for a fifth (or when asked). */
function weekOfMonth(date: string, last: boolean): 1 | 2 | 3 | 4 | 'last' {
  const day = Number(date.slice(8, 10));
  const week = Math.floor((day - 1) / 7) + 1;
  return last || week > 4 ? 'last' : (week as 1 | 2 | 3 | 4);
}

/** True when the date is in the last seven days of its month, so "the last Tuesday" fits it. */
export function isInLastWeek(date: string): boolean {
  const day = utcDay(date);
  if (Number.isNaN(day.getTime())) return false;
  const next = new Date(day);
  next.setUTCDate(day.getUTCDate() + 7);
  return next.getUTCMonth() !== day.getUTCMonth();
}

/** "the third Tuesday" or "the last Friday" of the month, for a date. */
export function weekdayOfMonthText(date: string, last: boolean): string {
  const day = utcDay(date);
  if (Number.isNaN(day.getTime())) return '';
  const weekday = weekdayFormat.format(day);
  switch (weekOfMonth(date, last)) {
    case 1:
      return t('repeat.weekday.1', { weekday });
    case 2:
      return t('repeat.weekday.2', { weekday });
    case 3:
      return t('repeat.weekday.3', { weekday });
    case 4:
      return t('repeat.weekday.4', { weekday });
    case 'last':
      return t('repeat.weekday.last', { weekday });
  }
}

/** How the series repeats and ends: "Every 2 weeks, 10 meetings"; `date` is one of its meetings'. */
export function repeatText(recurrence: Recurrence, date: string): string {
  const every =
    recurrence.kind === 'weekly'
      ? recurrence.interval === 1
        ? t('repeat.text.weekly')
        : t('repeat.text.weeks', { interval: recurrence.interval })
      : recurrence.interval === 1
        ? t('repeat.text.monthly', { weekday: weekdayOfMonthText(date, recurrence.last_weekday) })
        : t('repeat.text.months', { interval: recurrence.interval, weekday: weekdayOfMonthText(date, recurrence.last_weekday) });
  if (recurrence.until !== null) return t('repeat.text.until', { every, date: formatDate(recurrence.until) });
  if (recurrence.count !== null) return t('repeat.text.count', { every, count: recurrence.count });
  return t('repeat.text.open', { every });
}
