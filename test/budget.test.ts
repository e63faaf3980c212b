import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { Budgets, markEnded, markStarted } from "../src/budget.js";

/** Time budgets start when the worker starts a document, never when it is queued. */
describe("Budgets", () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") }));
  afterEach(() => vi.useRealTimers());

  test.each([
    // [what, ms queued before the worker starts it (null: never), ms after the start, aborted?]
    ["queued far longer than the budget, never started", null, 0, false],
    ["queued ten budgets long, then within its budget", 10_000, 900, false],
    ["started at once and over its budget", 0, 1_300, true],
    ["queued, then over its budget", 5_000, 1_300, true],
  ] as const)("%s", (_what, queued, running, aborted) => {
    const b = new Budgets(2, 1_000);
    const { slot, signal } = b.claim();
    vi.advanceTimersByTime(queued ?? 10_000);
    if (queued !== null) markStarted(slot);
    vi.advanceTimersByTime(running);
    expect(signal.aborted).toBe(aborted);
    if (aborted) expect((signal.reason as Error).name).toBe("TimeoutError");
    b.close();
  });

  test("a released slot is reused with a fresh start time and signal", () => {
    const b = new Budgets(1, 1_000);
    const first = b.claim();
    markStarted(first.slot);
    vi.advanceTimersByTime(500);
    b.release(first.slot);
    const second = b.claim();
    expect(second.slot.index).toBe(first.slot.index);
    // The old start time is gone: unstarted, the new document is never aborted.
    vi.advanceTimersByTime(5_000);
    expect(second.signal.aborted).toBe(false);
    expect(first.signal.aborted).toBe(false);
    b.close();
  });

  test("a document of a batch that ended within its budget is not charged for the next one's time", () => {
    const b = new Budgets(2, 1_000);
    const [done, next] = [b.claim(), b.claim()];
    markStarted(done.slot);
    vi.advanceTimersByTime(300);
    markEnded(done.slot);
    markStarted(next.slot);
    vi.advanceTimersByTime(1_500);
    expect(done.signal.aborted).toBe(false);
    expect(next.signal.aborted).toBe(true);
    b.close();
  });

  test("more documents in flight than slots is a programming error", () => {
    const b = new Budgets(1, 1_000);
    b.claim();
    expect(() => b.claim()).toThrow(/slots/);
    b.close();
  });
});
