import { apiRequest, type ApiResponse } from './client';
import type { NewActivity } from './plan';
import { BASE, type PartnershipRole } from './partnerships';

// A partnership's discussion board (docs/discussion-api.md): ideas and threads members start,
// comment on, support and report; leads and coordinators set statuses and hide content.

export type DiscussionKind = 'idea' | 'thread';
export type DiscussionStatus = 'open' | 'under_consideration' | 'adopted' | 'declined';
export type ReportReason = 'disrespectful' | 'personal_information' | 'off_topic' | 'spam' | 'threatening';

export const discussionKinds: readonly DiscussionKind[] = ['idea', 'thread'];
export const discussionStatuses: readonly DiscussionStatus[] = ['open', 'under_consideration', 'adopted', 'declined'];
export const reportReasons: readonly ReportReason[] = ['disrespectful', 'personal_information', 'off_topic', 'spam', 'threatening'];

/** True when the role may start items, comment, support and report (observers only read). */
export function canTakePart(role: PartnershipRole | null): boolean {
  return role === 'lead' || role === 'coordinator' || role === 'member';
}

export interface DiscussionViewer {
  /** Leads and coordinators: set statuses, see anonymous ideas and reports, hide content. */
  moderator: boolean;
  member: boolean;
}

export interface DiscussionAuthor {
  membership_id: number;
  display_name: string;
}

export interface DiscussionItem {
  id: number;
  kind: DiscussionKind;
  title: string;
  body: string;
  anonymous: boolean;
  /** Null for anonymous ideas. */
  author: DiscussionAuthor | null;
  mine: boolean;
  status: DiscussionStatus;
  status_reason: string | null;
  /** The plan activity an adopted idea became. */
  activity_id: number | null;
  hidden: boolean;
  supports: number;
  supported_by_me: boolean;
  comments: number;
  /** Only sent to leads and coordinators. */
  open_reports?: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DiscussionComment {
  id: number;
  author: DiscussionAuthor | null;
  mine: boolean;
  body: string;
  hidden: boolean;
  created_at: string;
  open_reports?: number;
}

export interface DiscussionThread extends DiscussionItem {
  comment_list: DiscussionComment[];
  viewer?: DiscussionViewer;
}

export interface DiscussionBoard {
  viewer: DiscussionViewer;
  items: DiscussionItem[];
}

export interface NewDiscussionItem {
  kind: DiscussionKind;
  title: string;
  body: string;
  anonymous: boolean;
}

export interface StatusChange {
  status: DiscussionStatus;
  reason: string | null;
  /** Only with `adopted`: the plan activity to create, as POST plan/activities takes it. */
  activity?: NewActivity;
}

const board = (id: number) => `${BASE}/${id}/discussion`;
const item = (id: number, itemId: number) => `${board(id)}/${itemId}`;

export async function getBoard(id: number, signal?: AbortSignal): Promise<DiscussionBoard> {
  return (await apiRequest<DiscussionBoard>(board(id), { signal })).data;
}

export function startItem(id: number, body: NewDiscussionItem): Promise<ApiResponse<DiscussionThread>> {
  return apiRequest<DiscussionThread>(board(id), { method: 'POST', body });
}

export function getItem(id: number, itemId: number, signal?: AbortSignal): Promise<ApiResponse<DiscussionThread>> {
  return apiRequest<DiscussionThread>(item(id, itemId), { signal });
}

export function addComment(id: number, itemId: number, body: string): Promise<ApiResponse<DiscussionThread>> {
  return apiRequest<DiscussionThread>(`${item(id, itemId)}/comments`, { method: 'POST', body: { body } });
}

/** Supports the item, or withdraws this member's support. */
export function setSupport(id: number, itemId: number, supporting: boolean): Promise<ApiResponse<DiscussionThread>> {
  return apiRequest<DiscussionThread>(`${item(id, itemId)}/support`, { method: supporting ? 'PUT' : 'DELETE' });
}

export function setStatus(id: number, itemId: number, change: StatusChange, etag: string): Promise<ApiResponse<DiscussionThread>> {
  return apiRequest<DiscussionThread>(`${item(id, itemId)}/status`, { method: 'POST', body: change, ifMatch: etag });
}

/** Reports the item, or one of its comments when `commentId` is given. */
export async function report(id: number, itemId: number, commentId: number | null, reason: ReportReason): Promise<void> {
  const path = commentId === null ? item(id, itemId) : `${item(id, itemId)}/comments/${commentId}`;
  await apiRequest<{ reported: boolean }>(`${path}/reports`, { method: 'POST', body: { reason } });
}

/** Hides the item, or one of its comments when `commentId` is given. */
export function hide(id: number, itemId: number, commentId: number | null): Promise<ApiResponse<DiscussionThread>> {
  const path = commentId === null ? item(id, itemId) : `${item(id, itemId)}/comments/${commentId}`;
  return apiRequest<DiscussionThread>(`${path}/hide`, { method: 'POST' });
}
