import { apiRequest } from './client';
import { canProposeAgenda, canRunMeetings } from './meetings';
import { BASE, type PartnershipRole } from './partnerships';
import type { Activity, NewActivity } from './plan';

// What a meeting decided and who does what next (docs/meetings-api.md, "Minutes, decisions and
// action items"): Markdown minutes that go draft → circulated (members comment) → approved, the
// decisions recorded, and action items, which are plan activities linked to the meeting.
// Every write answers the whole record (MeetingRecord), except raising an action item (the
// activity) and removing a decision (nothing).

export type MinutesStatus = 'draft' | 'circulated' | 'approved';

/** True when the role may write the minutes, move them along, and record or remove decisions. */
export function canKeepMinutes(role: PartnershipRole | null): boolean {
  return canRunMeetings(role);
}

/** True when the role may comment on circulated minutes and raise action items: all but observers. */
export function canContribute(role: PartnershipRole | null): boolean {
  return canProposeAgenda(role);
}

export interface Minutes {
  markdown: string;
  /**
   * The Markdown as HTML, rendered by the server with cmark-gfm in its safe mode: raw HTML is left
   * out and `javascript:` (and similar) links are dropped, so it may be shown as it is.
   */
  html: string;
  status: MinutesStatus;
  /** Writing and each change of status make a new version; edits need If-Match with it. */
  version: number;
  updated_at: string;
  approved_at: string | null;
}

export interface MinutesComment {
  id: number;
  membership_id: number;
  display_name: string;
  body: string;
  created_at: string;
}

export interface Decision {
  id: number;
  text: string;
  created_at: string;
}

export interface MeetingRecord {
  /** Null until someone writes them. */
  minutes: Minutes | null;
  /** Oldest first. */
  comments: MinutesComment[];
  decisions: Decision[];
  /** The plan activities raised at the meeting, as they are now (status, percent, overdue). */
  action_items: Activity[];
}

/** An action item: a new plan activity, with who does it and by when required. */
export type NewActionItem = NewActivity & { owner_ids: number[]; due_on: string };

/** The most the server stores, counted in UTF-8 bytes (the API says "characters"). */
export const MINUTES_MAX_BYTES = 100_000;

const meeting = (id: number, meetingId: number) => `${BASE}/${id}/meetings/${meetingId}`;

export async function getMeetingRecord(id: number, meetingId: number, signal?: AbortSignal): Promise<MeetingRecord> {
  return (await apiRequest<MeetingRecord>(`${meeting(id, meetingId)}/minutes`, { signal })).data;
}

/**
 * Writes the minutes: leads and coordinators, while they are not approved. The first save goes
 * without If-Match (`etag` undefined); later ones need it, and a stale one is 412 with the whole
 * record in `current` (see storedMinutes).
 */
export async function saveMinutes(id: number, meetingId: number, markdown: string, etag: string | undefined): Promise<MeetingRecord> {
  return (
    await apiRequest<MeetingRecord>(`${meeting(id, meetingId)}/minutes`, {
      method: 'PUT',
      body: { markdown },
      ...(etag === undefined ? {} : { ifMatch: etag }),
    })
  ).data;
}

/**
 * The minutes someone else saved first. A 412 answer to saveMinutes carries the whole record in
 * `current` (as GET answers it), not the minutes alone; this takes either.
 */
export function storedMinutes(current: Minutes | MeetingRecord): Minutes {
  if ('markdown' in current) return current;
  // A 412 means minutes exist; an empty draft only stands in should the answer leave them out.
  return current.minutes ?? { markdown: '', html: '', status: 'draft', version: 0, updated_at: '', approved_at: null };
}

/** Draft → circulated → approved; circulated → draft sends them back. Approved is final (409). */
export async function moveMinutes(id: number, meetingId: number, status: MinutesStatus): Promise<MeetingRecord> {
  return (await apiRequest<MeetingRecord>(`${meeting(id, meetingId)}/minutes/status`, { method: 'POST', body: { status } })).data;
}

/** A comment on circulated minutes: leads, coordinators and members (409 while not circulated). */
export async function commentOnMinutes(id: number, meetingId: number, body: string): Promise<MeetingRecord> {
  return (await apiRequest<MeetingRecord>(`${meeting(id, meetingId)}/minutes/comments`, { method: 'POST', body: { body } })).data;
}

/** Records a decision: leads and coordinators. */
export async function recordDecision(id: number, meetingId: number, text: string): Promise<MeetingRecord> {
  return (await apiRequest<MeetingRecord>(`${meeting(id, meetingId)}/decisions`, { method: 'POST', body: { text } })).data;
}

export async function removeDecision(id: number, meetingId: number, decisionId: number): Promise<void> {
  await apiRequest<null>(`${meeting(id, meetingId)}/decisions/${decisionId}`, { method: 'DELETE' });
}

/** Raises an action item: a plan activity linked to the meeting (leads, coordinators, members). */
export async function raiseActionItem(id: number, meetingId: number, body: NewActionItem): Promise<Activity> {
  return (await apiRequest<Activity>(`${meeting(id, meetingId)}/action-items`, { method: 'POST', body })).data;
}
