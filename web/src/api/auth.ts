import { apiRequest } from './client';

/** What the server asks for after a sign-in step; an empty object means "signed in". */
export interface SignInStep {
  mfa_required?: boolean;
  /** Text the person must acknowledge before going on (such as a system-use notice). */
  notice?: string | null;
}

export async function signIn(email: string, password: string): Promise<SignInStep> {
  const response = await apiRequest<SignInStep | null>('/api/v1/auth/sign-in', {
    method: 'POST',
    body: { email, password },
  });
  return response.data ?? {};
}

export async function submitMfaCode(code: string): Promise<SignInStep> {
  const response = await apiRequest<SignInStep | null>('/api/v1/auth/sign-in/mfa', {
    method: 'POST',
    body: { code },
  });
  return response.data ?? {};
}

export async function acknowledgeNotice(): Promise<void> {
  await apiRequest<null>('/api/v1/auth/notice/acknowledge', { method: 'POST' });
}

export async function signOut(): Promise<void> {
  await apiRequest<null>('/api/v1/auth/sign-out', { method: 'POST' });
}
