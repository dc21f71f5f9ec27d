import { apiRequest } from './client';

export interface ManagedUser {
  id: number;
  email: string;
  display_name: string;
  site_role: 'admin' | 'user';
  status: 'active' | 'disabled' | string;
  mfa_enabled: boolean;
  locked_at: string | null;
  last_sign_in_at: string | null;
  created_at: string;
}

export interface Invitation {
  email: string;
  display_name: string;
  site_role: 'admin' | 'user';
}

export interface AuditEvent {
  id: number | string;
  at: string;
  actor_user_id: number | null;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: number | string | null;
  source_address: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

export interface AuditFilters {
  actor_user_id: string;
  action: string;
  outcome: string;
  /** UTC ISO instants, or empty. */
  from: string;
  until: string;
}

export interface SignInSettings {
  notice: string;
  second_factor_for_everyone: boolean;
}

const USERS = '/api/v1/users';
const AUDIT = '/api/v1/audit-events';
const SIGN_IN_SETTINGS = '/api/v1/settings/sign-in';

export async function listUsers(signal?: AbortSignal): Promise<ManagedUser[]> {
  return (await apiRequest<{ items: ManagedUser[] }>(USERS, { signal })).data.items;
}

export async function inviteUser(invitation: Invitation): Promise<ManagedUser> {
  return (await apiRequest<ManagedUser>(USERS, { method: 'POST', body: invitation })).data;
}

export async function setUserStatus(id: number, status: 'active' | 'disabled'): Promise<ManagedUser> {
  return (await apiRequest<ManagedUser>(`${USERS}/${id}`, { method: 'PATCH', body: { status } })).data;
}

export async function unlockUser(id: number): Promise<ManagedUser> {
  return (await apiRequest<ManagedUser>(`${USERS}/${id}/unlock`, { method: 'POST', body: {} })).data;
}

/** The query string for the audit filters; empty ones are left out. */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) {
    if (value.trim() !== '') params.set(key, value.trim());
  }
  return params.toString();
}

export async function listAuditEvents(
  filters: AuditFilters,
  before: string | null,
  signal?: AbortSignal,
): Promise<{ items: AuditEvent[]; next: string | null }> {
  const query = auditQuery(filters, before === null ? { limit: '50' } : { limit: '50', before });
  return (await apiRequest<{ items: AuditEvent[]; next: string | null }>(`${AUDIT}?${query}`, { signal })).data;
}

export function auditExportUrl(filters: AuditFilters): string {
  const query = auditQuery(filters);
  return query === '' ? `${AUDIT}/export` : `${AUDIT}/export?${query}`;
}

export async function getSignInSettings(signal?: AbortSignal): Promise<SignInSettings> {
  return (await apiRequest<SignInSettings>(SIGN_IN_SETTINGS, { signal })).data;
}

export async function saveSignInSettings(settings: SignInSettings): Promise<SignInSettings> {
  return (await apiRequest<SignInSettings>(SIGN_IN_SETTINGS, { method: 'PUT', body: settings })).data;
}
