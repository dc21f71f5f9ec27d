import { apiRequest, type ApiResponse } from './client';
import { BASE } from './partnerships';

// The plan's two registers (docs/plan-api.md, "Resources" and "Risks"): what the work needs and
// what partners commit, with the gaps between them; and what could go wrong, scored likelihood ×
// impact. Leads, coordinators and members change them; observers read. Edits need If-Match.

export type ResourceEntry = 'need' | 'commitment';
export type ResourceKind = 'funding' | 'staff_hours' | 'in_kind';
export type ResourcePeriod = 'one_off' | 'per_week' | 'per_month' | 'per_year';

export const resourceEntries: readonly ResourceEntry[] = ['need', 'commitment'];
export const resourceKinds: readonly ResourceKind[] = ['funding', 'staff_hours', 'in_kind'];
export const resourcePeriods: readonly ResourcePeriod[] = ['one_off', 'per_week', 'per_month', 'per_year'];

export interface Resource {
  id: number;
  entry: ResourceEntry;
  kind: ResourceKind;
  description: string;
  amount: number;
  unit: string;
  period: ResourcePeriod;
  /** The partner behind a commitment (a membership id); null for needs. */
  membership_id: number | null;
  /** The activity it is for, if any. */
  activity_id: number | null;
  /** How much of a commitment has been drawn on, in its unit. */
  used: number;
  committed_on: string | null;
  version: number;
  /** In lists: the committing member's name. Absent from the copy a 412 carries. */
  partner?: string | null;
}

export interface ResourceChanges {
  entry?: ResourceEntry;
  kind?: ResourceKind;
  description?: string;
  amount?: number;
  unit?: string;
  period?: ResourcePeriod;
  membership_id?: number | null;
  activity_id?: number | null;
  used?: number;
  committed_on?: string | null;
}

/** Amounts of one kind, unit and period: totals only add like with like. */
export interface ResourceMeasure {
  kind: ResourceKind;
  unit: string;
  period: ResourcePeriod;
}

export interface ResourceTotal extends ResourceMeasure {
  /** A partner's name, or a sector key. */
  group: string;
  /** The partner's seat, in totals by partner (two partners may share a name). */
  membership_id?: number;
  committed: number;
  used: number;
}

export interface ResourceGap extends ResourceMeasure {
  needed: number;
  committed: number;
  /** needed − committed; 0 or less when the need is covered. */
  shortfall: number;
}

export interface ResourceSummary {
  by_partner: ResourceTotal[];
  by_sector: ResourceTotal[];
  gaps: ResourceGap[];
  /** Ids of commitments with nothing used 60 days after they were made. */
  unused: number[];
}

export interface ResourceList {
  items: Resource[];
  summary: ResourceSummary;
}

export type RiskLevel = 'low' | 'medium' | 'high';
export type RiskStatus = 'open' | 'watching' | 'occurred' | 'closed';
export const riskStatuses: readonly RiskStatus[] = ['open', 'watching', 'occurred', 'closed'];

export interface Risk {
  id: number;
  title: string;
  description: string | null;
  /** 1..5 */
  likelihood: number;
  /** 1..5 */
  impact: number;
  /** likelihood × impact */
  score: number;
  /** High from a score of 15, medium from 8. */
  level: RiskLevel;
  trigger: string | null;
  response: string | null;
  owner_id: number | null;
  status: RiskStatus;
  version: number;
  /** In lists: the owner's name. Absent from the copy a 412 carries. */
  owner_name?: string | null;
}

export interface RiskChanges {
  title?: string;
  description?: string | null;
  likelihood?: number;
  impact?: number;
  trigger?: string | null;
  response?: string | null;
  owner_id?: number | null;
  status?: RiskStatus;
}

export interface RiskList {
  items: Risk[];
  /** counts[likelihood − 1][impact − 1]: risks that are not closed. */
  grid: { counts: number[][] };
}

/** The level a score falls in, as the server decides it: high from 15, medium from 8. */
export function riskLevelOf(score: number): RiskLevel {
  if (score >= 15) return 'high';
  if (score >= 8) return 'medium';
  return 'low';
}

const registers = (id: number) => `${BASE}/${id}/plan`;

// ---- Resources ---------------------------------------------------------------------------------

export async function listResources(id: number, signal?: AbortSignal): Promise<ResourceList> {
  return (await apiRequest<ResourceList>(`${registers(id)}/resources`, { signal })).data;
}

export function addResource(id: number, body: ResourceChanges): Promise<ApiResponse<Resource>> {
  return apiRequest<Resource>(`${registers(id)}/resources`, { method: 'POST', body });
}

export function updateResource(
  id: number,
  resourceId: number,
  changes: ResourceChanges,
  etag: string,
): Promise<ApiResponse<Resource>> {
  return apiRequest<Resource>(`${registers(id)}/resources/${resourceId}`, { method: 'PATCH', body: changes, ifMatch: etag });
}

export async function deleteResource(id: number, resourceId: number): Promise<void> {
  await apiRequest<null>(`${registers(id)}/resources/${resourceId}`, { method: 'DELETE' });
}

// ---- Risks -------------------------------------------------------------------------------------

export async function listRisks(id: number, signal?: AbortSignal): Promise<RiskList> {
  return (await apiRequest<RiskList>(`${registers(id)}/risks`, { signal })).data;
}

export function addRisk(id: number, body: RiskChanges & { title: string }): Promise<ApiResponse<Risk>> {
  return apiRequest<Risk>(`${registers(id)}/risks`, { method: 'POST', body });
}

export function updateRisk(id: number, riskId: number, changes: RiskChanges, etag: string): Promise<ApiResponse<Risk>> {
  return apiRequest<Risk>(`${registers(id)}/risks/${riskId}`, { method: 'PATCH', body: changes, ifMatch: etag });
}
