import { apiRequest } from './client';
import type { Membership } from './members';
import type { PartnershipRole } from './partnerships';

export interface InvitationDetails {
  partnership: { id: number; name: string };
  role: PartnershipRole;
  email: string;
  account_exists: boolean;
  status: string;
  expires_at: string;
}

const path = (token: string) => `/api/v1/invitations/${encodeURIComponent(token)}`;

/** The invitation; 404 unknown, 410 expired, 409 already used. Needs no session. */
export async function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationDetails> {
  return (await apiRequest<InvitationDetails>(path(token), { signal })).data;
}

/**
 * Accepts: signed in as the invited email with no body, or, for someone without an account yet,
 * with the name and password of the account to create.
 */
export async function acceptInvitation(
  token: string,
  newAccount?: { display_name: string; password: string },
): Promise<Membership> {
  const response = await apiRequest<{ membership: Membership }>(`${path(token)}/accept`, {
    method: 'POST',
    body: newAccount ?? {},
  });
  return response.data.membership;
}

export async function declineInvitation(token: string): Promise<void> {
  await apiRequest<null>(`${path(token)}/decline`, { method: 'POST', body: {} });
}
