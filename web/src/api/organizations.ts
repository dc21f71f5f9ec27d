import { apiRequest, type ApiError, type ApiResponse } from './client';

export interface Organization {
  id: number;
  name: string;
  sector: string;
  kind: string;
  website: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The members a client may set; on create `name` and `sector` are required. */
export interface OrganizationChanges {
  name?: string;
  sector?: string;
  kind?: string;
  website?: string | null;
  phone?: string | null;
  email?: string | null;
  notes?: string | null;
}

export interface OrganizationPage {
  items: Organization[];
  next: string | null;
}

export interface OrganizationQuery {
  q: string;
  sector: string;
  limit: number;
  after?: string;
}

const BASE = '/api/v1/organizations';

/** One page of organizations; empty `q` and `sector` are left out rather than sent empty. */
export async function listOrganizations(
  query: OrganizationQuery,
  signal?: AbortSignal,
): Promise<OrganizationPage> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.q !== '') params.set('q', query.q);
  if (query.sector !== '') params.set('sector', query.sector);
  if (query.after !== undefined) params.set('after', query.after);
  const response = await apiRequest<OrganizationPage>(`${BASE}?${params}`, { signal });
  return response.data;
}

export function getOrganization(
  id: number,
  signal?: AbortSignal,
): Promise<ApiResponse<Organization>> {
  return apiRequest<Organization>(`${BASE}/${id}`, { signal });
}

export function createOrganization(
  changes: OrganizationChanges,
): Promise<ApiResponse<Organization>> {
  return apiRequest<Organization>(BASE, { method: 'POST', body: changes });
}

export function updateOrganization(
  id: number,
  changes: OrganizationChanges,
  etag: string,
): Promise<ApiResponse<Organization>> {
  return apiRequest<Organization>(`${BASE}/${id}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: etag,
  });
}

export async function deleteOrganization(id: number, etag: string): Promise<void> {
  await apiRequest<null>(`${BASE}/${id}`, { method: 'DELETE', ifMatch: etag });
}

/** The ETag of an organization as the server sends it: its version in quotes. */
export function etagOf(organization: Organization): string {
  return `"${organization.version}"`;
}

/** The stored organization a 412 stale-version answer carries, or null for other errors. */
export function currentFromStale(error: ApiError): Organization | null {
  if (error.status !== 412) return null;
  const current = error.problem.current;
  return typeof current === 'object' && current !== null ? (current as Organization) : null;
}
