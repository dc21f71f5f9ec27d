import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router-dom';
import { listNotifications } from '../../api/notifications';

/**
 * How many notifications the signed-in person has not read, for the header. It is asked for at
 * most once a minute, as pages change; the notifications page tells it the number it gets.
 */
interface UnreadState {
  userId: number | null;
  count: number | null;
  fetchedAt: number;
}

const MIN_INTERVAL_MS = 60_000;

let state: UnreadState = { userId: null, count: null, fetchedAt: 0 };
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: UnreadState) {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records the unread count the server just gave (after listing or marking read). */
export function setUnreadCount(userId: number, count: number): void {
  publish({ userId, count, fetchedAt: Date.now() });
}

function refresh(userId: number): void {
  const fresh = state.userId === userId && Date.now() - state.fetchedAt < MIN_INTERVAL_MS;
  if (fresh || inFlight !== null) return;
  if (state.userId !== userId) publish({ userId, count: null, fetchedAt: 0 });
  inFlight = listNotifications(true)
    .then(
      (list) => {
        if (state.userId === userId) setUnreadCount(userId, list.unread);
      },
      () => {
        // The header just shows no number; the next page change (a minute on) asks again.
        if (state.userId === userId) publish({ ...state, fetchedAt: Date.now() });
      },
    )
    .finally(() => {
      inFlight = null;
    });
}

/** The unread count for `userId` (null while unknown or signed out), refreshed as pages change. */
export function useUnreadCount(userId: number | null): number | null {
  const { pathname } = useLocation();
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (userId !== null) refresh(userId);
  }, [userId, pathname]);
  return userId !== null && current.userId === userId ? current.count : null;
}
