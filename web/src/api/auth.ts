import { apiRequest } from './client';

/** What is left before the session may use the app; `active` means fully signed in. */
export type SessionStage = 'second_factor' | 'notice' | 'enrol_second_factor' | 'active';

export interface User {
  id: number;
  email: string;
  display_name: string;
  site_role: 'admin' | 'user';
  mfa_enabled: boolean;
  last_sign_in_at: string | null;
}

export interface Session {
  stage: SessionStage;
  user: User;
  csrf_token: string;
  /** The sign-in notice to acknowledge; present when `stage` is `notice`. */
  notice?: string;
}

export interface SecondFactorEnrolment {
  /** Base32 secret, for typing into an authenticator app by hand. */
  secret: string;
  /** The `otpauth://` URI an authenticator app reads from a QR code. */
  otpauth_uri: string;
}

const AUTH = '/api/v1/auth';
const ENROLMENT = '/api/v1/account/second-factor/enrolment';

/** The current session; rejects with a 401 ApiError when there is none. */
export async function getSession(signal?: AbortSignal): Promise<Session> {
  return (await apiRequest<Session>(`${AUTH}/session`, { signal })).data;
}

export async function signIn(email: string, password: string): Promise<Session> {
  return (await apiRequest<Session>(`${AUTH}/sign-in`, { method: 'POST', body: { email, password } })).data;
}

/** A 6-digit code from the authenticator app, or a recovery code. */
export async function submitSecondFactor(code: string): Promise<Session> {
  return (await apiRequest<Session>(`${AUTH}/second-factor`, { method: 'POST', body: { code } })).data;
}

export async function acknowledgeNotice(): Promise<Session> {
  return (await apiRequest<Session>(`${AUTH}/notice/acknowledge`, { method: 'POST', body: {} })).data;
}

export async function signOut(): Promise<void> {
  await apiRequest<null>(`${AUTH}/sign-out`, { method: 'POST' });
}

/** Ends every session of the account, this one included; resolves with how many ended. */
export async function signOutEverywhere(): Promise<number> {
  const response = await apiRequest<{ sessions_ended: number }>(`${AUTH}/sign-out-everywhere`, {
    method: 'POST',
  });
  return response.data.sessions_ended;
}

/** A new secret for the authenticator app; not in force until confirmed. */
export async function startEnrolment(): Promise<SecondFactorEnrolment> {
  return (await apiRequest<SecondFactorEnrolment>(ENROLMENT, { method: 'POST', body: {} })).data;
}

/** Turns two-step verification on; resolves with the recovery codes, shown this once. */
export async function confirmEnrolment(code: string): Promise<string[]> {
  const response = await apiRequest<{ recovery_codes: string[] }>(`${ENROLMENT}/confirm`, {
    method: 'POST',
    body: { code },
  });
  return response.data.recovery_codes;
}
