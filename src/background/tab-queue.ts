/**
 * Chains the work on one tab's stored entries: each task starts when the tab's previous one has
 * settled (whether it succeeded or failed), so concurrent read-modify-writes lose nothing. Tabs
 * do not wait for each other, and a tab's chain is forgotten once it is idle.
 */
export function tabQueue(): <T>(tabId: number, task: () => Promise<T>) => Promise<T> {
  const queues = new Map<number, Promise<unknown>>();
  return <T>(tabId: number, task: () => Promise<T>): Promise<T> => {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    queues.set(tabId, settled);
    void settled.then(() => {
      if (queues.get(tabId) === settled) queues.delete(tabId);
    });
    return run;
  };
}
