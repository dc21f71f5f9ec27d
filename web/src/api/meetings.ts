import { apiRequest, type ApiResponse } from './client';
import { BASE, canManage, type PartnershipRole, type Visibility } from './partnerships';

// A partnership's meetings (docs/meetings-api.md): when and where, who is coming (RSVP), who came
// (attendance), the agenda members propose and coordinators order, and the engagement report.
// Times are written as a local date and clock time in the meeting's own IANA time zone and
// answered both ways: `starts_at`/`ends_at` in UTC and `local` as written. Edits need If-Match.

export type MeetingKind = 'regular' | 'working_group' | 'town_hall' | 'public';
export type MeetingStatus = 'scheduled' | 'cancelled';
export type RsvpAnswer = 'yes' | 'no' | 'maybe';
export type AttendanceStatus = 'present' | 'absent' | 'excused';
export type AgendaStatus = 'proposed' | 'accepted' | 'declined';
export type RepeatKind = 'weekly' | 'monthly_weekday';

export const meetingKinds: readonly MeetingKind[] = ['regular', 'working_group', 'town_hall', 'public'];
export const rsvpAnswers: readonly RsvpAnswer[] = ['yes', 'no', 'maybe'];
export const attendanceStatuses: readonly AttendanceStatus[] = ['present', 'absent', 'excused'];

/** True when the role may schedule, change and cancel meetings, take attendance, order the agenda and see engagement. */
export function canRunMeetings(role: PartnershipRole | null): boolean {
  return canManage(role);
}

/** True when the role may propose agenda items: everyone at the table but observers. */
export function canProposeAgenda(role: PartnershipRole | null): boolean {
  return canRunMeetings(role) || role === 'member';
}

/** The meeting as it was written: a date and clock times (HH:MM) in its own time zone. */
export interface LocalTimes {
  date: string;
  starts: string;
  end_date: string;
  ends: string;
}

export interface Recurrence {
  kind: RepeatKind;
  /** Every `interval` weeks or months. */
  interval: number;
  /** A monthly series on the last such weekday of the month. */
  last_weekday: boolean;
  /** The last day it may fall on (inclusive), or null. */
  until: string | null;
  /** How many meetings, or null. */
  count: number | null;
}

export interface RsvpCounts {
  yes: number;
  no: number;
  maybe: number;
}

/** Who came: only members with a seat that day count; `taken` is false until someone records it. */
export interface AttendanceSummary {
  taken: boolean;
  present: number;
  absent: number;
  excused: number;
  /** Members with a seat at the meeting. */
  seats: number;
  guests: number;
  /** Sector keys. */
  sectors_present: string[];
}

export interface Meeting {
  id: number;
  partnership_id: number;
  /** Null for a one-off meeting. */
  series_id: number | null;
  title: string;
  kind: MeetingKind;
  description: string | null;
  starts_at: string;
  ends_at: string;
  /** IANA name, such as America/Chicago. */
  time_zone: string;
  local: LocalTimes;
  place: string | null;
  online_link: string | null;
  visibility: Visibility;
  capacity: number | null;
  status: MeetingStatus;
  cancel_reason: string | null;
  /** Its series' rule; null for a one-off meeting. */
  recurrence: Recurrence | null;
  rsvps: RsvpCounts;
  my_rsvp: RsvpAnswer | null;
  attendance: AttendanceSummary;
  /** How many agenda items it has. */
  agenda_items: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AgendaItem {
  id: number;
  title: string;
  notes: string | null;
  /** The time box; null when none was given. */
  minutes: number | null;
  status: AgendaStatus;
  /** 1..n, the order of the agenda. */
  position: number;
  /** Null when the proposer's seat is gone. */
  proposed_by: { membership_id: number; display_name: string } | null;
  version: number;
  created_at: string;
}

export interface RsvpEntry {
  membership_id: number;
  display_name: string;
  answer: RsvpAnswer;
}

/** One person with a seat at the meeting, and what was recorded for them (null: nothing yet). */
export interface RollEntry {
  membership_id: number;
  display_name: string;
  organization: string | null;
  /** A sector key. */
  sector: string;
  role: PartnershipRole;
  status: AttendanceStatus | null;
}

export interface MeetingDetail extends Meeting {
  agenda: AgendaItem[];
  rsvp_list: RsvpEntry[];
  roll: RollEntry[];
}

export interface MeetingList {
  /** The UTC days the list covers (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Oldest first. */
  items: Meeting[];
}

/** What is written when a meeting is scheduled or changed. */
export interface MeetingFields {
  title: string;
  kind: MeetingKind;
  description: string | null;
  date: string;
  /** HH:MM */
  starts: string;
  ends: string;
  /** For a meeting past midnight; null means `date`. */
  end_date: string | null;
  time_zone: string;
  place: string | null;
  online_link: string | null;
  visibility: Visibility;
  capacity: number | null;
}

/** How a series repeats; end it with `until` or `count`, or neither for an open series. */
export interface RepeatRule {
  kind: RepeatKind;
  interval: number;
  last_weekday?: boolean;
  until?: string;
  count?: number;
}

export interface NewMeeting extends MeetingFields {
  recurrence: RepeatRule | null;
}

export interface AttendanceRecords {
  records: { membership_id: number; status: AttendanceStatus }[];
  guests: number;
}

export interface AgendaProposal {
  title: string;
  notes: string | null;
  minutes: number | null;
}

export interface AgendaChanges {
  title?: string;
  notes?: string | null;
  minutes?: number | null;
  status?: AgendaStatus;
  position?: number;
}

// ---- Engagement ----------------------------------------------------------------------------

/** `count` out of `of`; `share` is null when `of` is 0. */
export interface Tally {
  count: number;
  of: number;
  share: number | null;
}

export interface MemberEngagement {
  membership_id: number;
  display_name: string;
  /** Present at their last `recent_meetings` meetings. */
  attendance: Tally;
  /** Of those, missed with an apology. */
  excused: number;
  /** "Yes" followed by coming, "no" by staying away. */
  rsvps_kept: Tally;
  /** Action items done by their due date. */
  on_time: Tally;
  overdue: number;
  agenda_items: number;
  ideas: number;
  comments: number;
  last_present: string | null;
}

export interface OrganizationEngagement {
  organization_id: number;
  name: string;
  /** Current seats. */
  members: number;
  /** Meetings with someone of theirs present. */
  attendance: Tally;
  on_time: Tally;
  contributions: number;
}

export interface MonthEngagement {
  /** YYYY-MM */
  month: string;
  meetings: number;
  /** Members present, of members with a seat, over the month's meetings. */
  seats_filled: Tally;
  contributions: number;
  contributors: number;
}

export interface SectorPresence {
  sector: string;
  /** Meetings with someone from the sector present. */
  meetings: Tally;
}

export type EngagementAlertKind = 'missed_in_a_row' | 'attendance_dropped' | 'organization_absent' | 'sector_absent';

export interface EngagementAlert {
  kind: EngagementAlertKind;
  membership_id: number | null;
  organization_id: number | null;
  sector: string | null;
  title: string;
  evidence: string;
  suggestion: string;
}

export interface EngagementThresholds {
  recent_meetings: number;
  missed_in_a_row: number;
  quarter_days: number;
  drop_ratio: number;
  min_meetings_per_quarter: number;
  trend_months: number;
}

export interface Engagement {
  thresholds: EngagementThresholds;
  members: MemberEngagement[];
  organizations: OrganizationEngagement[];
  /** Oldest first, ending with this month. */
  months: MonthEngagement[];
  /** Most present first. */
  sectors: SectorPresence[];
  alerts: EngagementAlert[];
}

// ---- Requests ------------------------------------------------------------------------------

const meetings = (id: number) => `${BASE}/${id}/meetings`;
const meeting = (id: number, meetingId: number) => `${meetings(id)}/${meetingId}`;

/** Meetings starting on the UTC days from..to (YYYY-MM-DD); the server's range where not given. */
export async function listMeetings(
  id: number,
  range: { from?: string; to?: string },
  signal?: AbortSignal,
): Promise<MeetingList> {
  const params = new URLSearchParams();
  if (range.from !== undefined) params.set('from', range.from);
  if (range.to !== undefined) params.set('to', range.to);
  const query = params.toString();
  return (await apiRequest<MeetingList>(`${meetings(id)}${query === '' ? '' : `?${query}`}`, { signal })).data;
}

/** Schedules a meeting or a series; answers the first meeting and how many were scheduled. */
export async function scheduleMeeting(id: number, body: NewMeeting): Promise<MeetingDetail & { scheduled: number }> {
  return (await apiRequest<MeetingDetail & { scheduled: number }>(meetings(id), { method: 'POST', body })).data;
}

export function getMeeting(id: number, meetingId: number, signal?: AbortSignal): Promise<ApiResponse<MeetingDetail>> {
  return apiRequest<MeetingDetail>(meeting(id, meetingId), { signal });
}

/** Changes this meeting only; a stale `etag` is 412 with the current meeting. */
export function updateMeeting(
  id: number,
  meetingId: number,
  changes: Partial<MeetingFields>,
  etag: string,
): Promise<ApiResponse<MeetingDetail>> {
  return apiRequest<MeetingDetail>(meeting(id, meetingId), { method: 'PATCH', body: changes, ifMatch: etag });
}

/** Cancels the meeting, or with `following` this and every later meeting of its series. */
export async function cancelMeeting(
  id: number,
  meetingId: number,
  body: { reason: string | null; following: boolean },
): Promise<MeetingDetail> {
  return (await apiRequest<MeetingDetail>(`${meeting(id, meetingId)}/cancel`, { method: 'POST', body })).data;
}

/** The signed-in person's answer; 409 once the meeting has started, was cancelled, or is full. */
export async function answerInvitation(
  id: number,
  meetingId: number,
  answer: RsvpAnswer,
): Promise<{ answer: RsvpAnswer; rsvps: RsvpCounts }> {
  return (
    await apiRequest<{ answer: RsvpAnswer; rsvps: RsvpCounts }>(`${meeting(id, meetingId)}/rsvp`, {
      method: 'PUT',
      body: { answer },
    })
  ).data;
}

/** Records attendance for these members (others keep theirs); problems name `records[i].membership_id`. */
export async function recordAttendance(id: number, meetingId: number, body: AttendanceRecords): Promise<MeetingDetail> {
  return (await apiRequest<MeetingDetail>(`${meeting(id, meetingId)}/attendance`, { method: 'PUT', body })).data;
}

/** Proposes an agenda item; a lead's or coordinator's is accepted at once. */
export async function proposeAgendaItem(id: number, meetingId: number, body: AgendaProposal): Promise<AgendaItem> {
  return (await apiRequest<AgendaItem>(`${meeting(id, meetingId)}/agenda`, { method: 'POST', body })).data;
}

export async function updateAgendaItem(
  id: number,
  meetingId: number,
  itemId: number,
  changes: AgendaChanges,
  etag: string,
): Promise<AgendaItem> {
  return (
    await apiRequest<AgendaItem>(`${meeting(id, meetingId)}/agenda/${itemId}`, { method: 'PATCH', body: changes, ifMatch: etag })
  ).data;
}

export async function deleteAgendaItem(id: number, meetingId: number, itemId: number): Promise<void> {
  await apiRequest<null>(`${meeting(id, meetingId)}/agenda/${itemId}`, { method: 'DELETE' });
}

/** The address of the meeting as an iCalendar file, for "Add to calendar" (the session cookie goes with it). */
export function meetingCalendarUrl(id: number, meetingId: number): string {
  return `${meeting(id, meetingId)}/commonground.ics`;
}

/** How committed members, organisations and sectors are, with alerts; leads and coordinators. */
export async function getEngagement(id: number, signal?: AbortSignal): Promise<Engagement> {
  return (await apiRequest<Engagement>(`${BASE}/${id}/engagement`, { signal })).data;
}
