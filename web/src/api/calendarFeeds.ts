import { apiRequest } from './client';

// Calendar links (docs/plan-api.md, "Calendar feeds"): an iCalendar address that calendar apps
// fetch without signing in. One partnership's due dates and next review, or the person's own
// tasks everywhere. The address holds a secret and is shown only when the link is made.

export interface CalendarFeed {
  id: number;
  /** Null for the person's own tasks in every partnership. */
  partnership_id: number | null;
  partnership_name: string | null;
  created_at: string;
}

export interface NewCalendarFeed extends CalendarFeed {
  /** The secret address: shown this once. */
  url: string;
}

const FEEDS = '/api/v1/calendar-feeds';

/** The person's links that still work. */
export async function listCalendarFeeds(signal?: AbortSignal): Promise<CalendarFeed[]> {
  return (await apiRequest<{ items: CalendarFeed[] }>(FEEDS, { signal })).data.items;
}

/** Makes a link for one partnership's plan, or for the person's own tasks when `partnershipId` is null. */
export async function createCalendarFeed(partnershipId: number | null): Promise<NewCalendarFeed> {
  const body = partnershipId === null ? {} : { partnership_id: partnershipId };
  return (await apiRequest<NewCalendarFeed>(FEEDS, { method: 'POST', body })).data;
}

/** Turns a link off: calendar apps get 404 from then on. */
export async function revokeCalendarFeed(feedId: number): Promise<void> {
  await apiRequest<null>(`${FEEDS}/${feedId}`, { method: 'DELETE' });
}
