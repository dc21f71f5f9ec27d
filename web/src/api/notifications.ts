import { apiRequest } from './client';

export type NotificationKind =
  | 'meeting_scheduled'
  | 'meeting_cancelled'
  | 'minutes_circulated'
  | 'discussion_started'
  | 'discussion_comment'
  | 'discussion_status'
  | 'action_item_assigned'
  | 'resource_submitted'
  | 'resource_moderated';

export interface AppNotification {
  id: number;
  partnership_id: number;
  partnership_name: string;
  kind: NotificationKind | string;
  title: string;
  text: string;
  /** A path in the web app, such as /partnerships/1/meetings/12. */
  link: string;
  created_at: string;
  read: boolean;
}

export interface NotificationList {
  unread: number;
  items: AppNotification[];
}

export type DeliveryFrequency = 'immediate' | 'daily' | 'weekly' | 'off';

export const deliveryFrequencies: readonly DeliveryFrequency[] = ['immediate', 'daily', 'weekly', 'off'];

export interface NotificationSetting {
  partnership_id: number;
  partnership_name: string;
  frequency: DeliveryFrequency;
}

export type JobStatus = 'failed' | 'queued' | 'done';

export const jobStatuses: readonly JobStatus[] = ['failed', 'queued', 'done'];

export interface DeliveryJob {
  id: number;
  kind: string;
  status: JobStatus | string;
  attempts: number;
  run_at: string;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliveryJobs {
  counts: Partial<Record<JobStatus, number>>;
  items: DeliveryJob[];
}

const NOTIFICATIONS = '/api/v1/me/notifications';
const SETTINGS = '/api/v1/me/notification-settings';
const JOBS = '/api/v1/admin/jobs';

/** The signed-in person's notifications, newest first (at most 100), and how many are unread. */
export async function listNotifications(unreadOnly = false, signal?: AbortSignal): Promise<NotificationList> {
  const path = unreadOnly ? `${NOTIFICATIONS}?unread=true` : NOTIFICATIONS;
  return (await apiRequest<NotificationList>(path, { signal })).data;
}

/** Marks these notifications read, or every one when `ids` is left out; answers the list. */
export async function markNotificationsRead(ids?: readonly number[]): Promise<NotificationList> {
  const body = ids === undefined ? {} : { ids };
  return (await apiRequest<NotificationList>(`${NOTIFICATIONS}/read`, { method: 'POST', body })).data;
}

/** The email choice for each partnership where the person has a seat. */
export async function listNotificationSettings(signal?: AbortSignal): Promise<NotificationSetting[]> {
  return (await apiRequest<{ items: NotificationSetting[] }>(SETTINGS, { signal })).data.items;
}

export async function saveNotificationSetting(
  partnershipId: number,
  frequency: DeliveryFrequency,
): Promise<NotificationSetting> {
  return (
    await apiRequest<NotificationSetting>(`${SETTINGS}/${partnershipId}`, { method: 'PUT', body: { frequency } })
  ).data;
}

/** Site admins: the number of jobs by status and the newest 100 jobs with `status`. */
export async function listDeliveryJobs(status: JobStatus, signal?: AbortSignal): Promise<DeliveryJobs> {
  return (await apiRequest<DeliveryJobs>(`${JOBS}?status=${status}`, { signal })).data;
}

/** Site admins: queues a failed job again now, with fresh attempts. */
export async function retryDeliveryJob(id: number): Promise<void> {
  await apiRequest<null>(`${JOBS}/${id}/retry`, { method: 'POST', body: {} });
}
