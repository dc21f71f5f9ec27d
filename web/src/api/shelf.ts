import { apiRequest, type ApiResponse } from './client';
import { BASE } from './partnerships';
import type { ResourceCard } from './resources';

// A partnership's shelf of library resources and the library resources attached to its plan's
// activities (docs/resources-api.md, "Shelves and plan activities").

/** What a partnership thinks of a resource on its shelf; `lessons_public` needs lessons. */
export interface ShelfReview {
  /** 1 (not useful) to 5 (very useful). */
  rating: number | null;
  lessons: string | null;
  lessons_public: boolean;
}

export interface ShelfEntry extends ShelfReview {
  resource: ResourceCard;
  saved_by: string | null;
  saved_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** The plan activities it is attached to. */
  activities: { id: number; title: string }[];
  version: number;
}

export interface Shelf {
  /** Newest first. */
  items: ShelfEntry[];
  can_edit: boolean;
}

/** Library resources for one activity: those attached, or those suggested for it. */
export interface ActivityLibrary {
  items: ResourceCard[];
  can_edit: boolean;
}

const shelfPath = (partnershipId: number) => `${BASE}/${partnershipId}/shelf`;
const libraryPath = (partnershipId: number, activityId: number) =>
  `${BASE}/${partnershipId}/plan/activities/${activityId}/library`;

export async function getShelf(partnershipId: number, signal?: AbortSignal): Promise<Shelf> {
  return (await apiRequest<Shelf>(shelfPath(partnershipId), { signal })).data;
}

/** Puts a published resource on the shelf; answers the entry whether it was there already or not. */
export function saveToShelf(partnershipId: number, resourceId: number): Promise<ApiResponse<ShelfEntry>> {
  return apiRequest<ShelfEntry>(`${shelfPath(partnershipId)}/${resourceId}`, { method: 'PUT' });
}

export function reviewShelfEntry(
  partnershipId: number,
  resourceId: number,
  review: ShelfReview,
  etag: string,
): Promise<ApiResponse<ShelfEntry>> {
  return apiRequest<ShelfEntry>(`${shelfPath(partnershipId)}/${resourceId}`, { method: 'PATCH', body: review, ifMatch: etag });
}

/** Takes it off the shelf; a 409 while an activity uses it names the activities. */
export async function removeFromShelf(partnershipId: number, resourceId: number): Promise<void> {
  await apiRequest<null>(`${shelfPath(partnershipId)}/${resourceId}`, { method: 'DELETE' });
}

/** The resources attached to the activity, in the order attached. */
export async function getActivityLibrary(partnershipId: number, activityId: number, signal?: AbortSignal): Promise<ActivityLibrary> {
  return (await apiRequest<ActivityLibrary>(libraryPath(partnershipId, activityId), { signal })).data;
}

/** Up to five published resources that share the most words with the activity, best first. */
export async function suggestForActivity(partnershipId: number, activityId: number, signal?: AbortSignal): Promise<ActivityLibrary> {
  return (await apiRequest<ActivityLibrary>(`${libraryPath(partnershipId, activityId)}/suggestions`, { signal })).data;
}

/** Attaches it (and saves it to the shelf); answers the activity's list. */
export async function attachToActivity(partnershipId: number, activityId: number, resourceId: number): Promise<ActivityLibrary> {
  return (await apiRequest<ActivityLibrary>(`${libraryPath(partnershipId, activityId)}/${resourceId}`, { method: 'PUT' })).data;
}

/** Detaches it (it stays on the shelf); answers the activity's list. */
export async function detachFromActivity(partnershipId: number, activityId: number, resourceId: number): Promise<ActivityLibrary> {
  return (await apiRequest<ActivityLibrary>(`${libraryPath(partnershipId, activityId)}/${resourceId}`, { method: 'DELETE' }))
    .data;
}
