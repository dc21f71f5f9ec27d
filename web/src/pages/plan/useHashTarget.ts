import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Once the page's data is shown (`ready`), brings the element the address's #fragment names into
 * view and gives it focus, as following a link to `#risk-4` does on a page that was already there.
 * The element needs tabIndex -1.
 */
export function useHashTarget(ready: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target === null) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [ready, hash, key]);
}
