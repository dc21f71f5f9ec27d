import { useLocation } from 'react-router-dom';
import { Alert } from './Alert';

/** Navigation state that carries a message to show on the next page. */
export interface FlashState {
  flash: string;
}

/** Shows the success message the previous page passed along when it navigated here, if any. */
export function FlashMessage() {
  const state: unknown = useLocation().state;
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  return <Alert type="success">{String(state.flash)}</Alert>;
}
