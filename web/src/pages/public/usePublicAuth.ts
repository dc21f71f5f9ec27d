import { useEffect } from 'react';
import { useAuth } from '../../auth/AuthContext';

/** On a page that works signed out: asks once whether someone is signed in, for the header. */
export function useKnownSession(): void {
  const { auth, refresh } = useAuth();
  useEffect(() => {
    if (auth.status === 'unknown') void refresh().catch(() => undefined);
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
