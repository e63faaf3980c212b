/** Per-document time budgets that start when a worker starts the document, not while it queues: workers write start times to shared memory, a main-thread timer aborts the late. */
export class Budgets {
  private readonly started: BigInt64Array;
  private readonly controllers: Array<AbortController | undefined>;
  private readonly free: number[];
  private readonly timer: ReturnType<typeof setInterval>;

  /** `size`: the most documents in flight at once (one slot each); `budgetMs`: each one's budget. */
  constructor(
    size: number,
    private readonly budgetMs: number,
  ) {
    this.started = new BigInt64Array(new SharedArrayBuffer(size * BigInt64Array.BYTES_PER_ELEMENT));
    this.controllers = new Array(size);
    this.free = Array.from({ length: size }, (_, i) => size - 1 - i);
    // A tenth of the budget (at most a quarter second) is how late a spent budget may be noticed.
    this.timer = setInterval(() => this.check(), Math.min(250, Math.max(10, budgetMs / 10)));
    this.timer.unref();
  }

  /** Takes a free slot for a document about to be submitted; its signal aborts the document. */
  claim(): { slot: Slot; signal: AbortSignal } {
    const index = this.free.pop();
    if (index === undefined) throw new Error("more documents in flight than budget slots");
    Atomics.store(this.started, index, 0n);
    const controller = new AbortController();
    this.controllers[index] = controller;
    return { slot: { started: this.started, index }, signal: controller.signal };
  }

  /** Gives a slot back once its document has ended, however it ended. */
  release(slot: Slot): void {
    this.controllers[slot.index] = undefined;
    Atomics.store(this.started, slot.index, 0n);
    this.free.push(slot.index);
  }

  close(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    const now = BigInt(Date.now());
    for (let i = 0; i < this.controllers.length; i++) {
      const c = this.controllers[i];
      const t = Atomics.load(this.started, i);
      if (c && t > 0n && now - t > BigInt(Math.round(this.budgetMs))) {
        this.controllers[i] = undefined;
        c.abort(new DOMException("document over its time budget", "TimeoutError"));
      }
    }
  }
}

/** A document's place in the shared start times. Plain data: it crosses to the worker thread. */
export interface Slot {
  started: BigInt64Array;
  index: number;
}

/** Worker side: the document in this slot starts now, and so does its budget. */
export function markStarted(slot: Slot): void {
  Atomics.store(slot.started, slot.index, BigInt(Date.now()));
}

/** Worker side: the document in this slot has ended, so the next one of its batch is not charged to it. */
export function markEnded(slot: Slot): void {
  Atomics.store(slot.started, slot.index, 0n);
}
