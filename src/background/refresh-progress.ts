/** Progress of a running refresh, kept in `storage.local` so the options page can follow it. */
export const PROGRESS_KEY = 'refreshProgress';

export interface StoredProgress {
  running: boolean;
  done: number;
  total: number;
  /** The source being downloaded; empty while the list is being settled. */
  label: string;
}
