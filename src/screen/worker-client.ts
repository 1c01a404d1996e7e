/** The page's side of the screening worker: one request at a time, answered by a promise. */
import type { FromWorker, LoadedTable, ToWorker } from './protocol';
import { mergeGoodsInRows } from '../core/risk/row-notes';

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

/** Files larger than this are parsed and screened by one worker, to bound memory. */
const SHARED_LOAD_LIMIT = 32 * 1024 * 1024;
type Matcher = Extract<ToWorker, { type: 'screen' }>['matcher'];

/**
 * One worker, answered by promises. Replies carry no request id, so requests are queued: each is
 * sent when the one before it has been answered (a second file opened quickly must not take the
 * first file's answer).
 */
class WorkerChannel {
  private worker = new Worker(new URL('./screen.worker.ts', import.meta.url), { type: 'module' });
  private queue: Promise<unknown> = Promise.resolve();

  request<T extends FromWorker['type']>(
    message: ToWorker,
    answer: T,
    onProgress?: (done: number, total: number) => void,
    transfer: Transferable[] = [],
  ): Promise<Extract<FromWorker, { type: T }>> {
    const next = this.queue.then(() => this.send(message, answer, onProgress, transfer));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private send<T extends FromWorker['type']>(
    message: ToWorker,
    answer: T,
    onProgress: ((done: number, total: number) => void) | undefined,
    transfer: Transferable[],
  ): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent<FromWorker>): void => {
        const reply = event.data;
        // Only this extension's worker posts here; anything without a type is not an answer.
        if (typeof reply?.type !== 'string') return;
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
}

/**
 * The page's screening workers: every worker holds the whole table (each parses its own copy of
 * the file, in parallel) and screens its share of the rows, so a long file uses every core while
 * the page's own thread stays free.
 */
export class ScreeningWorker {
  private channels: WorkerChannel[];

  constructor(count = Math.min(Math.max(navigator.hardwareConcurrency || 1, 1), 4)) {
    this.channels = Array.from({ length: count }, () => new WorkerChannel());
  }

  /** How many workers hold the current table (the first `loaded` of them). */
  private loaded = 0;

  private async loadAll(
    make: (i: number) => { message: ToWorker; transfer?: Transferable[] },
    count = this.channels.length,
    onProgress?: (done: number, total: number) => void,
  ): Promise<LoadedTable> {
    this.loaded = 0;
    const replies = await Promise.all(
      this.channels.slice(0, count).map((c, i) => {
        const { message, transfer } = make(i);
        // Workers read in parallel: the first one's progress stands for all.
        return c.request(message, 'loaded', i === 0 ? onProgress : undefined, transfer);
      }),
    );
    this.loaded = count;
    return replies[0] as LoadedTable;
  }

  loadCsv(bytes: ArrayBuffer, hasHeader: boolean): Promise<LoadedTable> {
    // Each worker holds a whole copy of the table: a very large file goes to one worker only.
    const count = bytes.byteLength > SHARED_LOAD_LIMIT ? 1 : this.channels.length;
    // Copies for all but the last worker used, which takes the original.
    return this.loadAll((i) => {
      const own = i === count - 1 ? bytes : bytes.slice(0);
      return { message: { type: 'load-csv', bytes: own, hasHeader }, transfer: [own] };
    }, count);
  }

  /**
   * A PDF is read by one worker (its text is short to screen, its parsing long); a workbook, like a
   * CSV file, by every worker in parallel, each screening a share of its rows.
   */
  loadDocument(
    kind: 'pdf' | 'xlsx',
    bytes: ArrayBuffer,
    hasHeader: boolean,
    label: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<LoadedTable> {
    const count = kind === 'pdf' || bytes.byteLength > SHARED_LOAD_LIMIT ? 1 : this.channels.length;
    return this.loadAll(
      (i) => {
        const own = i === count - 1 ? bytes : bytes.slice(0);
        return { message: { type: 'load-document', kind, bytes: own, hasHeader, label }, transfer: [own] };
      },
      count,
      onProgress,
    );
  }

  loadText(text: string, label: string): Promise<LoadedTable> {
    return this.loadAll(() => ({ message: { type: 'load-text', text, label } }));
  }

  loadTable(table: Extract<ToWorker, { type: 'load-table' }>['table']): Promise<LoadedTable> {
    return this.loadAll(() => ({ message: { type: 'load-table', table } }));
  }

  /** The screened columns of the last screening (every worker has them whole). */
  screenedTable(): Promise<Extract<FromWorker, { type: 'screened-table' }>['table']> {
    return (this.channels[0] as WorkerChannel).request({ type: 'get-screened-table' }, 'screened-table').then((r) => r.table);
  }

  async screen(columns: string[], matcher: Matcher, rowCount: number, onProgress: (done: number, total: number) => void): Promise<Screened> {
    // Small inputs are not worth splitting.
    const parts = rowCount < 2000 ? 1 : Math.max(1, this.loaded);
    const share = Math.ceil(rowCount / parts);
    const done = new Array<number>(parts).fill(0);
    const replies = await Promise.all(
      this.channels.slice(0, parts).map((c, i) =>
        c.request({ type: 'screen', columns, matcher, from: i * share, to: (i + 1) * share }, 'screened', (d) => {
          done[i] = d;
          onProgress(done.reduce((a, b) => a + b, 0), rowCount);
        }),
      ),
    );
    const hits = replies.flatMap((r) => r.run.hits);
    const first = replies[0] as Screened;
    return {
      type: 'screened',
      run: { ...first.run, hits, rowsWithFindings: new Set(hits.map((h) => h.row)).size, productNotes: mergeGoodsInRows(replies.map((r) => r.run.productNotes ?? [])) },
      ms: Math.max(...replies.map((r) => r.ms)),
    };
  }
}
