import type { FieldError } from '../../api/client';
import type { Meeting, MeetingFields, MeetingKind, RepeatKind, RepeatRule } from '../../api/meetings';
import type { Visibility } from '../../api/partnerships';
import type { ReferenceItem } from '../../api/reference';
import { choiceId } from '../../components/ChoiceGroup';
import type { SummaryField } from '../../components/ErrorSummary';
import { t } from '../../i18n';
import { parseNumber } from '../plan/ObjectiveForm';
import { browserTimeZone, isInLastWeek } from './meetingLabels';

/** The choice in the time zone list that reveals a text input for any other IANA name. */
export const OTHER_ZONE = 'other';

/** The zones most US partnerships meet in, by their IANA names. */
export function commonZoneOptions(): ReferenceItem[] {
  return [
    { key: 'America/New_York', label: t('meetingForm.zone.eastern') },
    { key: 'America/Chicago', label: t('meetingForm.zone.central') },
    { key: 'America/Denver', label: t('meetingForm.zone.mountain') },
    { key: 'America/Phoenix', label: t('meetingForm.zone.arizona') },
    { key: 'America/Los_Angeles', label: t('meetingForm.zone.pacific') },
    { key: 'America/Anchorage', label: t('meetingForm.zone.alaska') },
    { key: 'Pacific/Honolulu', label: t('meetingForm.zone.hawaii') },
    { key: 'America/Puerto_Rico', label: t('meetingForm.zone.atlantic') },
    { key: OTHER_ZONE, label: t('meetingForm.zone.other') },
  ];
}

export type RepeatChoice = 'none' | RepeatKind;
export type RepeatEnd = 'never' | 'until' | 'count';

/** What the meeting form holds, as the inputs have it. */
export interface MeetingValues {
  title: string;
  kind: MeetingKind | '';
  description: string;
  date: string;
  starts: string;
  ends: string;
  laterDay: boolean;
  end_date: string;
  /** A key of commonZoneOptions(), OTHER_ZONE, or '' for none chosen. */
  zone: string;
  otherZone: string;
  place: string;
  online_link: string;
  visibility: Visibility;
  capacity: string;
  // Scheduling only: how the series repeats and ends.
  repeat: RepeatChoice;
  interval: string;
  lastWeekday: boolean;
  repeatEnd: RepeatEnd;
  until: string;
  count: string;
}

export const ids = {
  title: 'meeting-title',
  kind: 'meeting-kind',
  description: 'meeting-description',
  date: 'meeting-date',
  starts: 'meeting-starts',
  ends: 'meeting-ends',
  laterDay: 'meeting-later-day',
  end_date: 'meeting-end-date',
  zone: 'meeting-zone',
  otherZone: 'meeting-zone-other',
  place: 'meeting-place',
  online_link: 'meeting-link',
  visibility: 'meeting-visibility',
  capacity: 'meeting-capacity',
  repeat: 'meeting-repeat',
  interval: 'meeting-interval',
  lastWeekday: 'meeting-last-weekday',
  repeatEnd: 'meeting-repeat-end',
  until: 'meeting-until',
  count: 'meeting-count',
} as const;

/** Splits an IANA name into the list's choice and the text input's value. */
function zoneValues(timeZone: string): Pick<MeetingValues, 'zone' | 'otherZone'> {
  if (timeZone === '') return { zone: '', otherZone: '' };
  return commonZoneOptions().some((option) => option.key === timeZone && option.key !== OTHER_ZONE)
    ? { zone: timeZone, otherZone: '' }
    : { zone: OTHER_ZONE, otherZone: timeZone };
}

/** A new meeting: a regular members' meeting in the browser's time zone that does not repeat. */
export function newValues(): MeetingValues {
  return {
    title: '',
    kind: 'regular',
    description: '',
    date: '',
    starts: '',
    ends: '',
    laterDay: false,
    end_date: '',
    ...zoneValues(browserTimeZone()),
    place: '',
    online_link: '',
    visibility: 'members',
    capacity: '',
    repeat: 'none',
    interval: '1',
    lastWeekday: false,
    repeatEnd: 'never',
    until: '',
    count: '',
  };
}

export function valuesOf(meeting: Meeting): MeetingValues {
  return {
    ...newValues(),
    title: meeting.title,
    kind: meeting.kind,
    description: meeting.description ?? '',
    date: meeting.local.date,
    starts: meeting.local.starts,
    ends: meeting.local.ends,
    laterDay: meeting.local.end_date !== meeting.local.date,
    end_date: meeting.local.end_date === meeting.local.date ? '' : meeting.local.end_date,
    ...zoneValues(meeting.time_zone),
    place: meeting.place ?? '',
    online_link: meeting.online_link ?? '',
    visibility: meeting.visibility,
    capacity: meeting.capacity === null ? '' : String(meeting.capacity),
  };
}

/** The IANA name the form says. */
function timeZoneOf(values: MeetingValues): string {
  return values.zone === OTHER_ZONE ? values.otherZone.trim() : values.zone;
}

/**
 * The fields of the error summary in form order, by the names the server uses. Clock times are
 * reported as `starts_at`/`ends_at` as well as by their input names.
 */
export function summaryFields(values: MeetingValues): Record<string, SummaryField> {
  const zone = { id: values.zone === OTHER_ZONE ? ids.otherZone : ids.zone, label: t('meeting.field.zone') };
  const starts = { id: ids.starts, label: t('meeting.field.starts') };
  const ends = { id: ids.ends, label: t('meeting.field.ends') };
  return {
    title: { id: ids.title, label: t('meeting.field.title') },
    kind: { id: ids.kind, label: t('meeting.field.kind') },
    description: { id: ids.description, label: t('meeting.field.description') },
    date: { id: ids.date, label: t('meeting.field.date') },
    starts,
    starts_at: starts,
    ends,
    ends_at: ends,
    end_date: { id: ids.end_date, label: t('meeting.field.endDate') },
    time_zone: zone,
    place: { id: ids.place, label: t('meeting.field.place') },
    online_link: { id: ids.online_link, label: t('meeting.field.link') },
    visibility: { id: choiceId(ids.visibility, 'members'), label: t('meeting.field.visibility') },
    capacity: { id: ids.capacity, label: t('meeting.field.capacity') },
    recurrence: { id: choiceId(ids.repeat, 'none'), label: t('meetingForm.repeat.legend') },
    'recurrence.kind': { id: choiceId(ids.repeat, 'none'), label: t('meetingForm.repeat.legend') },
    'recurrence.interval': { id: ids.interval, label: t('meetingForm.repeat.interval') },
    'recurrence.last_weekday': { id: ids.lastWeekday, label: t('meetingForm.repeat.legend') },
    'recurrence.until': { id: ids.until, label: t('meetingForm.repeat.until') },
    'recurrence.count': { id: ids.count, label: t('meetingForm.repeat.count') },
  };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A whole number from `min` to `max` typed in a text input, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const value = parseNumber(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * The meeting as the API takes it (with its repeat rule when `scheduling`), or the problems found
 * in the browser. The server checks again, and its answers name the same fields.
 */
export function parse(values: MeetingValues, scheduling: boolean): { fields: MeetingFields; recurrence: RepeatRule | null } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = values.title.trim();
  if (title === '') errors.push({ field: 'title', message: t('meetingForm.error.title') });
  if (values.kind === '') errors.push({ field: 'kind', message: t('meetingForm.error.kind') });
  if (!DATE.test(values.date)) errors.push({ field: 'date', message: t('meetingForm.error.date') });
  if (!CLOCK.test(values.starts)) errors.push({ field: 'starts', message: t('meetingForm.error.starts') });
  if (!CLOCK.test(values.ends)) errors.push({ field: 'ends', message: t('meetingForm.error.ends') });
  if (values.laterDay) {
    if (!DATE.test(values.end_date)) errors.push({ field: 'end_date', message: t('meetingForm.error.endDate') });
    else if (DATE.test(values.date) && values.end_date <= values.date) {
      errors.push({ field: 'end_date', message: t('meetingForm.error.endDateAfter') });
    }
  } else if (CLOCK.test(values.starts) && CLOCK.test(values.ends) && values.ends <= values.starts) {
    errors.push({ field: 'ends', message: t('meetingForm.error.endsAfter') });
  }
  const timeZone = timeZoneOf(values);
  if (timeZone === '') errors.push({ field: 'time_zone', message: t('meetingForm.error.zone') });
  const publicMeeting = values.visibility === 'public';
  const capacity = publicMeeting && values.capacity.trim() !== '' ? wholeNumber(values.capacity, 1, 100_000) : null;
  if (publicMeeting && values.capacity.trim() !== '' && capacity === null) {
    errors.push({ field: 'capacity', message: t('meetingForm.error.capacity') });
  }

  let recurrence: RepeatRule | null = null;
  if (scheduling && values.repeat !== 'none') {
    const interval = wholeNumber(values.interval, 1, 12);
    if (interval === null) errors.push({ field: 'recurrence.interval', message: t('meetingForm.error.interval') });
    recurrence = { kind: values.repeat, interval: interval ?? 1 };
    if (values.repeat === 'monthly_weekday' && values.lastWeekday && isInLastWeek(values.date)) recurrence.last_weekday = true;
    if (values.repeatEnd === 'until') {
      if (!DATE.test(values.until)) errors.push({ field: 'recurrence.until', message: t('meetingForm.error.until') });
      else if (DATE.test(values.date) && values.until < values.date) {
        errors.push({ field: 'recurrence.until', message: t('meetingForm.error.untilAfter') });
      } else recurrence.until = values.until;
    } else if (values.repeatEnd === 'count') {
      const count = wholeNumber(values.count, 1, 520);
      if (count === null) errors.push({ field: 'recurrence.count', message: t('meetingForm.error.count') });
      else recurrence.count = count;
    }
  }

  if (errors.length > 0 || values.kind === '') return { errors };
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    fields: {
      title,
      kind: values.kind,
      description: text(values.description),
      date: values.date,
      starts: values.starts,
      ends: values.ends,
      end_date: values.laterDay ? values.end_date : null,
      time_zone: timeZone,
      place: text(values.place),
      online_link: text(values.online_link),
      visibility: values.visibility,
      capacity,
    },
    recurrence,
  };
}

/** The times as one group: a change to any of them sends them all, so the server never mixes old and new. */
const timeFields = ['date', 'starts', 'ends', 'end_date', 'time_zone'] as const;

/** The fields that differ from `base`; the end date is spelled out, since the server keeps the one it has. */
export function changesFrom(fields: MeetingFields, base: MeetingFields): Partial<MeetingFields> {
  const changes: Partial<Record<keyof MeetingFields, unknown>> = {};
  for (const key of Object.keys(fields) as (keyof MeetingFields)[]) {
    if (fields[key] !== base[key]) changes[key] = fields[key];
  }
  if (timeFields.some((key) => key in changes)) {
    for (const key of timeFields) changes[key] = fields[key];
    changes.end_date = fields.end_date ?? fields.date;
  }
  return changes as Partial<MeetingFields>;
}
