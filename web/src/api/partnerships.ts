import { apiRequest, type ApiError, type ApiResponse } from './client';

export type PartnershipStatus = 'forming' | 'active' | 'paused' | 'closed';
export type Visibility = 'public' | 'members';
export type PartnershipRole = 'lead' | 'coordinator' | 'member' | 'observer';

export const partnershipStatuses: readonly PartnershipStatus[] = ['forming', 'active', 'paused', 'closed'];
export const partnershipRoles: readonly PartnershipRole[] = ['lead', 'coordinator', 'member', 'observer'];

/** The sectors every partnership should have at its table unless it chooses otherwise. */
export const defaultEssentialSectors: readonly string[] = [
  'law_enforcement',
  'health_social_services',
  'government',
  'courts_corrections',
  'faith',
  'business',
  'residents_neighborhood',
  'schools_education',
  'private_security',
];

export interface Partnership {
  id: number;
  name: string;
  short_name: string | null;
  area_served: string | null;
  area_geojson: unknown;
  focus_problems: string[];
  description: string | null;
  status: PartnershipStatus;
  visibility: Visibility;
  review_cadence_days: number;
  essential_sectors: string[];
  active_members: number;
  my_role: PartnershipRole | null;
  my_membership_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The members a client may set; on create `name` is required. */
export interface PartnershipChanges {
  name?: string;
  short_name?: string | null;
  area_served?: string | null;
  focus_problems?: string[];
  description?: string | null;
  status?: PartnershipStatus;
  visibility?: Visibility;
  review_cadence_days?: number;
  essential_sectors?: string[];
  /** Create only: the creator's organization, whose sector they sit in. */
  my_organization_id?: number;
  /** Create only: the creator's sector, when not that of an organization. */
  my_sector?: string;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface PartnershipQuery {
  q: string;
  status: string;
  mine: boolean;
  limit: number;
  after?: string;
}

/** Something that needs attention, with the numbers behind it and what to do about it. */
export interface Finding {
  code: string;
  severity: 'high' | 'medium' | 'low';
  title: string;
  evidence: string;
  suggested_action: string;
  sector?: string | null;
  perspective?: string | null;
}

export const BASE = '/api/v1/partnerships';

/** True for an id as the server issues them: a positive whole number. */
export function isId(id: string | undefined): id is string {
  return id !== undefined && /^[1-9][0-9]{0,15}$/.test(id);
}

/** The ETag of anything with a `version`, as the server sends it: the version in quotes. */
export function etagOf(thing: { version: number }): string {
  return `"${thing.version}"`;
}

/** The stored copy a 412 stale-version answer carries, or null for other errors. */
export function currentFromStale<T>(error: ApiError): T | null {
  if (error.status !== 412) return null;
  const current = error.problem.current;
  return typeof current === 'object' && current !== null ? (current as T) : null;
}

/** True when the role may manage members, the charter draft and responsibilities. */
export function canManage(role: PartnershipRole | null): boolean {
  return role === 'lead' || role === 'coordinator';
}

export async function listPartnerships(query: PartnershipQuery, signal?: AbortSignal): Promise<Page<Partnership>> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.q !== '') params.set('q', query.q);
  if (query.status !== '') params.set('status', query.status);
  if (query.mine) params.set('mine', 'true');
  if (query.after !== undefined) params.set('after', query.after);
  return (await apiRequest<Page<Partnership>>(`${BASE}?${params}`, { signal })).data;
}

export function getPartnership(id: number, signal?: AbortSignal): Promise<ApiResponse<Partnership>> {
  return apiRequest<Partnership>(`${BASE}/${id}`, { signal });
}

export function createPartnership(changes: PartnershipChanges): Promise<ApiResponse<Partnership>> {
  return apiRequest<Partnership>(BASE, { method: 'POST', body: changes });
}

export function updatePartnership(
  id: number,
  changes: PartnershipChanges,
  etag: string,
): Promise<ApiResponse<Partnership>> {
  return apiRequest<Partnership>(`${BASE}/${id}`, { method: 'PATCH', body: changes, ifMatch: etag });
}

export async function getAttention(id: number, signal?: AbortSignal): Promise<Finding[]> {
  return (await apiRequest<{ items: Finding[] }>(`${BASE}/${id}/attention`, { signal })).data.items;
}

// ---- Balance --------------------------------------------------------------------------------

export interface SectorBalance {
  sector: string;
  label: string;
  essential: boolean;
  members: number;
  member_share: number;
  decision_makers: number;
  decision_share: number;
}

export interface Balance {
  at: string;
  active_members: number;
  decision_makers: number;
  sectors: SectorBalance[];
  essential_missing: string[];
  concentration: { hhi: number | null; shannon_normalized: number | null; decision_hhi: number | null };
  perspectives: { perspective: string; label: string; members: number }[];
  findings: Finding[];
}

export interface TrendPoint {
  at: string;
  active_members: number;
  decision_makers: number;
  sectors_present: number;
  hhi: number | null;
  shannon_normalized: number | null;
  largest_sector: string | null;
  largest_share: number;
}

/** The balance on `at` (YYYY-MM-DD), or today when `at` is empty. */
export async function getBalance(id: number, at: string, signal?: AbortSignal): Promise<Balance> {
  const query = at === '' ? '' : `?${new URLSearchParams({ at })}`;
  return (await apiRequest<Balance>(`${BASE}/${id}/balance${query}`, { signal })).data;
}

export async function getBalanceTrend(
  id: number,
  range: { from: string; to: string; points: number },
  signal?: AbortSignal,
): Promise<TrendPoint[]> {
  const params = new URLSearchParams({ from: range.from, to: range.to, points: String(range.points) });
  return (await apiRequest<{ points: TrendPoint[] }>(`${BASE}/${id}/balance/trend?${params}`, { signal })).data.points;
}
