import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getSession, type Session } from '../api/auth';
import { ApiError, isAbort, onSessionLost, problemTypes } from '../api/client';

/**
 * What the browser knows about the person's session:
 * - `unknown`: not asked yet;
 * - `signed-out`: no session. `byChoice` when the person signed out (then the sign-in page does
 *   not offer to return to where they were); `message` is shown on the sign-in page;
 * - `signed-in`: a session at some sign-in stage;
 * - `error`: the server could not be asked (network, database outage).
 */
export type AuthState =
  | { status: 'unknown' }
  | { status: 'signed-out'; byChoice: boolean; message: string | null }
  | { status: 'signed-in'; session: Session }
  | { status: 'error'; error: ApiError };

interface AuthContextValue {
  auth: AuthState;
  /** Asks the server for the session and records the answer. */
  refresh: () => Promise<AuthState>;
  /** Records the session a sign-in step answered with. */
  setSession: (session: Session) => void;
  /** Records that the session ended, with a message for the sign-in page. */
  setSignedOut: (byChoice: boolean, message: string | null) => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [auth, setAuth] = useState<AuthState>({ status: 'unknown' });
  // Only the answer to the latest refresh counts; an older one may arrive after it.
  const latest = useRef(0);
  // Why a page's request found the session gone. The server forgets an expired session on the
  // request that finds it so, and then only says "sign in", so the reason is kept here.
  const lostBecause = useRef<string | null>(null);

  const refresh = useCallback(async (): Promise<AuthState> => {
    const call = ++latest.current;
    let next: AuthState;
    try {
      next = { status: 'signed-in', session: await getSession() };
    } catch (caught) {
      if (isAbort(caught) || !(caught instanceof ApiError)) throw caught;
      next =
        caught.status === 401
          ? {
              status: 'signed-out',
              byChoice: false,
              // "Please sign in" adds nothing on the sign-in page; an expiry is worth explaining.
              message:
                caught.problem.type === problemTypes.sessionExpired ? caught.problem.detail : lostBecause.current,
            }
          : { status: 'error', error: caught };
    }
    if (call === latest.current) setAuth(next);
    return next;
  }, []);

  const setSession = useCallback((session: Session) => {
    latest.current++;
    lostBecause.current = null;
    setAuth({ status: 'signed-in', session });
  }, []);

  const setSignedOut = useCallback((byChoice: boolean, message: string | null) => {
    latest.current++;
    lostBecause.current = null;
    setAuth({ status: 'signed-out', byChoice, message });
  }, []);

  // A page's request that finds the session gone makes the app ask again; the route guard then
  // sends the person to sign in.
  useEffect(() => {
    onSessionLost((error) => {
      if (error.problem.type === problemTypes.sessionExpired) lostBecause.current = error.problem.detail;
      void refresh().catch(() => undefined);
    });
    return () => onSessionLost(null);
  }, [refresh]);

  const value = useMemo(() => ({ auth, refresh, setSession, setSignedOut }), [auth, refresh, setSession, setSignedOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (value === null) throw new Error('useAuth needs an AuthProvider');
  return value;
}

/** The fully signed-in session; only for pages behind RequireSession. */
export function useActiveSession(): Session {
  const { auth } = useAuth();
  if (auth.status !== 'signed-in') throw new Error('useActiveSession outside RequireSession');
  return auth.session;
}

/** True when the signed-in person may add, change and delete organizations. */
export function useIsAdmin(): boolean {
  return useActiveSession().user.site_role === 'admin';
}
