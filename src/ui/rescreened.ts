/** Open pages learn that the background re-screened kept screenings (after a list refresh). */
import { onSessionChanged } from '../platform/storage';

/** Calls `then` after each re-screen; returns the unsubscribe function. */
export function onRescreened(then: () => void): () => void {
  return onSessionChanged((changes) => {
    if (changes.screeningsRescreened) then();
  });
}
