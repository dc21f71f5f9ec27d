import { apiRequest, type ApiResponse } from './client';
import type { Upload } from './imports';
import type { ReferenceItem } from './reference';

// The clearinghouse (docs/resources-api.md): a searchable library of resources anyone may read,
// shared by partnership members and published by moderators.

export type ResourceType =
  | 'training'
  | 'technical_assistance'
  | 'publication'
  | 'toolkit'
  | 'case_study'
  | 'lessons_learned'
  | 'evidence_based_strategy'
  | 'webinar'
  | 'template'
  | 'tool'
  | 'dataset';
export type EvidenceRating = 'effective' | 'promising' | 'inconclusive' | 'no_effect' | 'not_rated';
export type ResourceStatus = 'submitted' | 'published' | 'rejected';
export type ResourceVisibility = 'public' | 'partnership';

export const resourceTypes: readonly ResourceType[] = [
  'training',
  'technical_assistance',
  'publication',
  'toolkit',
  'case_study',
  'lessons_learned',
  'evidence_based_strategy',
  'webinar',
  'template',
  'tool',
  'dataset',
];
export const evidenceRatings: readonly EvidenceRating[] = ['effective', 'promising', 'inconclusive', 'no_effect', 'not_rated'];

/** What every listing shows of a resource. */
export interface ResourceCard {
  id: number;
  title: string;
  type: ReferenceItem;
  link: string | null;
  publisher: string;
  authors: string[];
  audience: ReferenceItem[];
  year: number | null;
  evidence: ReferenceItem;
  topics: ReferenceItem[];
  visibility: ResourceVisibility;
  partnership_id: number | null;
  status: ResourceStatus;
  created_at: string;
  updated_at: string;
}

/** A piece of a result's snippet; `match` pieces are what the search found. */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

export interface ResourceHit extends ResourceCard {
  snippet: SnippetPiece[];
}

export interface Resource extends ResourceCard {
  /** Markdown as written. */
  summary: string;
  /** The summary rendered by the server in cmark-gfm's safe mode. */
  summary_html: string;
  rejection_reason: string | null;
  moderated_at: string | null;
  version: number;
  /** Only for whoever may edit it. */
  shared_by: { id: number; name: string | null } | null;
  shared_from: { id: number; name: string | null } | null;
  /** What the signed-in person may do with it: on its own page, in the queue and in "mine". */
  can_edit?: boolean;
  can_moderate?: boolean;
}

/** How useful the partnerships that keep a resource on their shelves found it. */
export interface Usefulness {
  /** The mean of their ratings, 1 to 5; null before the first. */
  average: number | null;
  ratings: number;
}

/** Lessons a partnership chose to share from its shelf. */
export interface SharedLessons {
  /** Null for a members-only partnership: its name stays at its table. */
  partnership_id: number | null;
  partnership: string | null;
  rating: number | null;
  lessons: string;
  written_at: string;
}

/** A resource as its own page has it: with what partnerships made of it. */
export interface ResourceDetail extends Resource {
  usefulness: Usefulness;
  lessons: SharedLessons[];
  /** The reader's partnerships that keep it on their shelves (none signed out). */
  on_shelves_of: number[];
}

export interface FacetValue extends ReferenceItem {
  count: number;
}

export type FacetName = 'type' | 'topic' | 'evidence' | 'year' | 'publisher';
export const facetNames: readonly FacetName[] = ['type', 'topic', 'evidence', 'year', 'publisher'];

export interface SearchResults {
  total: number;
  page: number;
  per_page: number;
  items: ResourceHit[];
  facets: Record<FacetName, FacetValue[]>;
}

/** The fields a person writes; `partnership_id` and `visibility` only when sharing. */
export interface ResourceFields {
  title: string;
  type: ResourceType;
  summary: string;
  link: string | null;
  publisher: string;
  authors: string[];
  audience: string[];
  year: number | null;
  evidence: EvidenceRating;
  topics: string[];
}

export interface ShareRequest extends ResourceFields {
  partnership_id?: number;
  visibility: ResourceVisibility;
}

/** What an import did, or on a dry run would do: `rows` checked, `created` published. */
export interface LibraryImportResult {
  dry_run: boolean;
  rows: number;
  created: number;
}

export type LibraryFileFormat = 'csv' | 'json';

export type ModerationDecision = { status: 'published' } | { status: 'rejected'; reason: string };

const BASE = '/api/v1/resources';

/** Searches with `params` as the API takes them (q, facets, sort, page, per_page); needs no session. */
export async function searchResources(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResults> {
  return (await apiRequest<SearchResults>(`${BASE}?${params}`, { signal })).data;
}

/** A resource anyone may see, or one the signed-in person shared or moderates; else 404. */
export function getResource(id: number, signal?: AbortSignal): Promise<ApiResponse<ResourceDetail>> {
  return apiRequest<ResourceDetail>(`${BASE}/${id}`, { signal });
}

/** Published resources most like this one (never itself). */
export async function similarResources(id: number, limit: number, signal?: AbortSignal): Promise<ResourceHit[]> {
  return (await apiRequest<{ items: ResourceHit[] }>(`${BASE}/${id}/similar?limit=${limit}`, { signal })).data.items;
}

export function shareResource(request: ShareRequest): Promise<ApiResponse<Resource>> {
  return apiRequest<Resource>(BASE, { method: 'POST', body: request });
}

export function updateResource(id: number, changes: Partial<ResourceFields>, etag: string): Promise<ApiResponse<Resource>> {
  return apiRequest<Resource>(`${BASE}/${id}`, { method: 'PATCH', body: changes, ifMatch: etag });
}

export function moderateResource(id: number, decision: ModerationDecision, etag: string): Promise<ApiResponse<Resource>> {
  return apiRequest<Resource>(`${BASE}/${id}/moderation`, { method: 'POST', body: decision, ifMatch: etag });
}

/** What waits for the signed-in person's decision, oldest first. */
export async function listQueue(signal?: AbortSignal): Promise<Resource[]> {
  return (await apiRequest<{ items: Resource[] }>(`${BASE}/queue`, { signal })).data.items;
}

/** What the signed-in person shared, newest first. */
export async function listMine(signal?: AbortSignal): Promise<Resource[]> {
  return (await apiRequest<{ items: Resource[] }>(`${BASE}/mine`, { signal })).data.items;
}

/** The address of the public library as a file, for a download link (site admins only). */
export function libraryExportUrl(format: LibraryFileFormat): string {
  return `${BASE}/export?format=${format}`;
}

/**
 * Publishes every resource in a CSV or JSON file in the export's format (site admins only);
 * `dryRun` checks it and writes nothing. One bad line refuses the whole file.
 */
export async function importResources(upload: Upload, dryRun: boolean): Promise<LibraryImportResult> {
  const query = dryRun ? '?dry_run=true' : '';
  return (
    await apiRequest<LibraryImportResult>(`${BASE}/import${query}`, {
      method: 'POST',
      text: { content: upload.text, type: upload.mediaType },
    })
  ).data;
}
