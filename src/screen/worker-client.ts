/** The page's side of the screening worker: one request at a time, answered by a promise. */
import type { FromWorker, LoadedTable, ToWorker } from './protocol';

export class ScreeningProblem extends Error {
  constructor(
    readonly problem: Extract<FromWorker, { type: 'problem' }>['problem'],
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

type Screened = Extract<FromWorker, { type: 'screened' }>;

export class ScreeningWorker {
  private worker = new Worker(new URL('./screen.worker.ts', import.meta.url), { type: 'module' });

  private request<T extends FromWorker['type']>(
    message: ToWorker,
    answer: T,
    onProgress?: (done: number, total: number) => void,
    transfer: Transferable[] = [],
  ): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent<FromWorker>): void => {
        const reply = event.data;
        if (reply.type === 'progress') {
          onProgress?.(reply.done, reply.total);
          return;
        }
        this.worker.removeEventListener('message', onMessage);
        this.worker.removeEventListener('error', onError);
        if (reply.type === 'problem') reject(new ScreeningProblem(reply.problem, reply.message, reply.detail));
        else if (reply.type === answer) resolve(reply as Extract<FromWorker, { type: T }>);
        else reject(new Error(`Unexpected ${reply.type}`));
      };
      const onError = (event: ErrorEvent): void => {
        this.worker.removeEventListener('message', onMessage);
        this.worker.removeEventListener('error', onError);
        reject(new ScreeningProblem('internal', event.message, ''));
      };
      this.worker.addEventListener('message', onMessage);
      this.worker.addEventListener('error', onError);
      this.worker.postMessage(message, transfer);
    });
  }

  loadCsv(bytes: ArrayBuffer, hasHeader: boolean): Promise<LoadedTable> {
    return this.request({ type: 'load-csv', bytes, hasHeader }, 'loaded', undefined, [bytes]);
  }

  loadText(text: string, label: string): Promise<LoadedTable> {
    return this.request({ type: 'load-text', text, label }, 'loaded');
  }

  loadTable(table: Extract<ToWorker, { type: 'load-table' }>['table']): Promise<LoadedTable> {
    return this.request({ type: 'load-table', table }, 'loaded');
  }

  screenedTable(): Promise<Extract<FromWorker, { type: 'screened-table' }>['table']> {
    return this.request({ type: 'get-screened-table' }, 'screened-table').then((reply) => reply.table);
  }

  screen(
    columns: string[],
    matcher: Extract<ToWorker, { type: 'screen' }>['matcher'],
    onProgress: (done: number, total: number) => void,
  ): Promise<Screened> {
    return this.request({ type: 'screen', columns, matcher }, 'screened', onProgress);
  }
}
