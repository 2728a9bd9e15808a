/**
 * Write operations queued against an Excel request context and sent in as few `context.sync()` calls as the
 * payload limit allows: Excel on the web rejects a request over 5 MB, so a batch is flushed before its estimated
 * size passes BUDGET. The estimate is deliberately high (every operation is counted with the object path and
 * property names Office.js sends with it).
 */

/** Per-request budget: well under Excel on the web's 5 MB. */
export const BUDGET = 4 * 1024 * 1024;
/** Bytes Office.js adds per queued operation (object path, ids, property name). */
export const OP_OVERHEAD = 250;

/** UTF-8 length of the JSON of a value, without building the JSON for big arrays twice. */
export function payloadBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'number') return 24;
  if (typeof v === 'boolean') return 5;
  if (typeof v === 'string') {
    let n = 2;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      n += c < 0x80 ? (c === 0x22 || c === 0x5c || c < 0x20 ? 6 : 1) : c < 0x800 ? 2 : 3;
    }
    return n;
  }
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += payloadBytes(x) + 1;
    return n;
  }
  return Math.ceil(JSON.stringify(v).length * 3);
}

export interface Op {
  bytes: number;
  run: () => void;
}

export class Batcher {
  private ops: Op[] = [];
  syncs = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    private readonly onFlush?: (done: number, total: number) => void,
  ) {}

  /** Queues `run` (which queues Office.js calls) with the payload it adds. */
  add(bytes: number, run: () => void): void {
    this.ops.push({ bytes: bytes + OP_OVERHEAD, run });
  }

  get pending(): number {
    return this.ops.length;
  }

  /** Estimated bytes of everything flushed so far. */
  bytes = 0;

  /**
   * Runs every queued op, syncing whenever the next op would pass the budget, and once at the end. Excel on the
   * web checks a request's size before running any of it, so a request it still finds too large is replayed in
   * two halves (the ops only queue calls; nothing of the rejected request was applied).
   */
  async flush(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const total = ops.reduce((n, o) => n + o.bytes, 0);
    this.bytes += total;
    let done = 0;
    let chunk: Op[] = [];
    let size = 0;
    const send = async () => {
      await this.send(chunk);
      done += size;
      this.onFlush?.(done, total);
      chunk = [];
      size = 0;
    };
    for (const op of ops) {
      if (chunk.length && size + op.bytes > BUDGET) await send();
      chunk.push(op);
      size += op.bytes;
    }
    if (chunk.length) await send();
  }

  private async send(ops: Op[]): Promise<void> {
    for (const op of ops) op.run();
    try {
      this.syncs++;
      await this.context.sync();
    } catch (e) {
      if (!isPayloadError(e) || ops.length < 2) throw e;
      const half = Math.ceil(ops.length / 2);
      await this.send(ops.slice(0, half));
      await this.send(ops.slice(half));
    }
  }
}

/** Excel on the web's "request/response too large" (by code, or by message where a host reports it generically). */
export function isPayloadError(e: unknown): boolean {
  const err = e as { code?: string; message?: string; debugInfo?: { code?: string; message?: string } } | null;
  const code = err?.code ?? err?.debugInfo?.code ?? '';
  const message = `${err?.message ?? ''} ${err?.debugInfo?.message ?? ''}`;
  return /PayloadSizeLimitExceeded/i.test(code) || /payload size/i.test(message);
}
