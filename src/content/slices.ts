/**
 * Runs work in short slices so no task on the page's main thread grows long (a long task delays
 * the page's input handling). A message to ourselves yields to the event loop without the 4 ms
 * clamp nested timers get.
 */
export const SLICE_MS = 8;

export function makeYielder(): (then: () => void) => void {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return (then) => {
    waiting.push(then);
    channel.port2.postMessage(null);
  };
}
