import { apiRequest } from './client';

export interface AccountSession {
  id: number | string;
  created_at: string;
  last_seen_at: string | null;
  source_address: string | null;
  user_agent: string | null;
  current: boolean;
}

export type TokenScope = 'read' | 'read_write';

export interface ApiToken {
  id: number | string;
  name: string;
  scope: TokenScope;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A token just made: the secret `token` is in this answer only. */
export interface NewApiToken extends ApiToken {
  token: string;
}

const ACCOUNT = '/api/v1/account';

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await apiRequest<null>(`${ACCOUNT}/password`, {
    method: 'POST',
    body: { current_password: currentPassword, new_password: newPassword },
  });
}

export async function listSessions(signal?: AbortSignal): Promise<AccountSession[]> {
  return (await apiRequest<{ items: AccountSession[] }>(`${ACCOUNT}/sessions`, { signal })).data.items;
}

export async function listApiTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  return (await apiRequest<{ items: ApiToken[] }>(`${ACCOUNT}/api-tokens`, { signal })).data.items;
}

export async function createApiToken(name: string, scope: TokenScope): Promise<NewApiToken> {
  return (await apiRequest<NewApiToken>(`${ACCOUNT}/api-tokens`, { method: 'POST', body: { name, scope } })).data;
}

export async function revokeApiToken(id: number | string): Promise<void> {
  await apiRequest<null>(`${ACCOUNT}/api-tokens/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
}

/** Asks for a password-reset email; resolves with the server's message (the same for any address). */
export async function requestPasswordReset(email: string): Promise<string> {
  return (await apiRequest<{ detail: string }>('/api/v1/auth/password-reset', { method: 'POST', body: { email } })).data
    .detail;
}

/** Sets a password with the token from an email; resolves with the server's message and the email. */
export async function setPasswordWithToken(token: string, password: string): Promise<{ detail: string; email: string }> {
  return (
    await apiRequest<{ detail: string; email: string }>('/api/v1/auth/set-password', {
      method: 'POST',
      body: { token, password },
    })
  ).data;
}
