/** Open pages learn that the background re-screened kept screenings (after a list refresh). */
import { onLocalChanged } from '../platform/storage';

/** Calls `then` after each re-screen; returns the unsubscribe function. */
export function onRescreened(then: () => void): () => void {
  return onLocalChanged((changes) => {
    if (changes.screeningsRescreened) then();
  });
}
