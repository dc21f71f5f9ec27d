import { apiRequest, type ApiResponse } from './client';
import { BASE, type Page, type PartnershipRole } from './partnerships';

export type MembershipStatus = 'invited' | 'active' | 'declined' | 'ceased';
export const membershipStatuses: readonly MembershipStatus[] = ['invited', 'active', 'declined', 'ceased'];

export interface Membership {
  id: number;
  partnership_id: number;
  user_id: number | null;
  person_name: string | null;
  person_email: string | null;
  organization: { id: number; name: string; sector: string } | null;
  sector: string;
  sector_overridden: boolean;
  perspectives: string[];
  role: PartnershipRole;
  decision_authority: boolean;
  status: MembershipStatus;
  invited_at: string | null;
  invitation_expires_at: string | null;
  joined_on: string | null;
  ceased_on: string | null;
  ceased_reason: string | null;
  listed_publicly: boolean;
  display_name: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface NewMembership {
  person_name?: string;
  email?: string;
  organization_id?: number;
  sector?: string;
  perspectives?: string[];
  role: PartnershipRole;
  decision_authority?: boolean;
  listed_publicly?: boolean;
  joined_on?: string;
  invite: boolean;
}

export interface MembershipChanges {
  person_name?: string | null;
  /** null goes back to the organization's sector. */
  sector?: string | null;
  perspectives?: string[];
  role?: PartnershipRole;
  decision_authority?: boolean;
  listed_publicly?: boolean;
}

export interface MemberQuery {
  status: string;
  role: string;
  sector: string;
  q: string;
  limit: number;
  after?: string;
}

const members = (partnershipId: number) => `${BASE}/${partnershipId}/members`;

export async function listMembers(
  partnershipId: number,
  query: MemberQuery,
  signal?: AbortSignal,
): Promise<Page<Membership>> {
  const params = new URLSearchParams({ limit: String(query.limit) });
  for (const name of ['status', 'role', 'sector', 'q'] as const) {
    if (query[name] !== '') params.set(name, query[name]);
  }
  if (query.after !== undefined) params.set('after', query.after);
  return (await apiRequest<Page<Membership>>(`${members(partnershipId)}?${params}`, { signal })).data;
}

/** Every member with `status` (all statuses when empty), following the pages. */
export async function listAllMembers(
  partnershipId: number,
  status: string,
  signal?: AbortSignal,
): Promise<Membership[]> {
  const all: Membership[] = [];
  let after: string | undefined;
  do {
    const page = await listMembers(
      partnershipId,
      { status, role: '', sector: '', q: '', limit: 200, ...(after === undefined ? {} : { after }) },
      signal,
    );
    all.push(...page.items);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return all;
}

export function getMember(partnershipId: number, memberId: number, signal?: AbortSignal): Promise<ApiResponse<Membership>> {
  return apiRequest<Membership>(`${members(partnershipId)}/${memberId}`, { signal });
}

export function addMember(partnershipId: number, body: NewMembership): Promise<ApiResponse<Membership>> {
  return apiRequest<Membership>(members(partnershipId), { method: 'POST', body });
}

export function updateMember(
  partnershipId: number,
  memberId: number,
  changes: MembershipChanges,
  etag: string,
): Promise<ApiResponse<Membership>> {
  return apiRequest<Membership>(`${members(partnershipId)}/${memberId}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: etag,
  });
}

export async function ceaseMember(
  partnershipId: number,
  memberId: number,
  reason: string,
): Promise<Membership> {
  return (
    await apiRequest<Membership>(`${members(partnershipId)}/${memberId}/cease`, { method: 'POST', body: { reason } })
  ).data;
}

export async function resendInvitation(partnershipId: number, memberId: number): Promise<Membership> {
  return (
    await apiRequest<Membership>(`${members(partnershipId)}/${memberId}/resend-invitation`, { method: 'POST', body: {} })
  ).data;
}

/** True when an invitation's link has run out (the status stays "invited" until it is resent). */
export function invitationExpired(member: Membership, now: number = Date.now()): boolean {
  if (member.status !== 'invited' || member.invitation_expires_at === null) return false;
  const expires = new Date(member.invitation_expires_at).getTime();
  return !Number.isNaN(expires) && expires <= now;
}
