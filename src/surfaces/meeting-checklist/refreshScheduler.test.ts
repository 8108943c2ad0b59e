import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../store/Store';
import { createRefreshScheduler, type RefreshEnvironment, type RefreshPolicy } from './refreshScheduler';

const POLICY: RefreshPolicy = { intervalMs: 30_000, maxIntervalMs: 300_000, minGapMs: 5_000 };

/** A page whose visibility and focus the test controls; timers and clock are vitest's fake ones. */
function fakePage() {
  let visible = true;
  const focus = new Set<() => void>();
  const visibility = new Set<() => void>();
  const env: RefreshEnvironment = {
    isVisible: () => visible,
    onFocus: (l) => (focus.add(l), () => focus.delete(l)),
    onVisibilityChange: (l) => (visibility.add(l), () => visibility.delete(l)),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
  };
  return {
    env,
    focus: () => focus.forEach((l) => l()),
    setVisible(value: boolean) {
      visible = value;
      visibility.forEach((l) => l());
    },
    listenerCount: () => focus.size + visibility.size,
  };
}

/** A refresh that takes `ms` of (fake) time and records when each call started. */
function slowRefresh(ms = 0, fail?: () => unknown) {
  const starts: number[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const refresh = vi.fn(async () => {
    starts.push(Date.now());
    concurrent++;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    try {
      // A zero-length refresh must not create a timer (fake timers count 0 ms as 1 ms).
      if (ms > 0) await new Promise((done) => setTimeout(done, ms));
      else await Promise.resolve();
      const error = fail?.();
      if (error !== undefined) throw error;
    } finally {
      concurrent--;
    }
  });
  return { refresh, starts, maxConcurrent: () => maxConcurrent };
}

describe('refresh scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes every interval while visible, each tick after the previous refresh ends', async () => {
    const page = fakePage();
    const { refresh, starts } = slowRefresh(1_000);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(100_000);
    // 30 s wait + 1 s refresh per cycle: starts at 30, 61, 92 s.
    expect(starts).toEqual([30_000, 61_000, 92_000]);
    scheduler.stop();
  });

  it('never runs two refreshes at once, however many triggers arrive', async () => {
    const page = fakePage();
    const { refresh, maxConcurrent } = slowRefresh(20_000);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(30_000);
    for (let i = 0; i < 50; i++) {
      page.focus();
      void scheduler.refreshNow();
      page.setVisible(true);
    }
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(maxConcurrent()).toBe(1);
    scheduler.stop();
  });

  it('refreshes on focus, but not twice within the minimum gap', async () => {
    const page = fakePage();
    const { refresh, starts } = slowRefresh(100);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(1_000);
    page.focus();
    await vi.advanceTimersByTimeAsync(1_000);
    page.focus();
    page.focus();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(starts).toEqual([1_000]);
    await vi.advanceTimersByTimeAsync(5_000);
    page.focus();
    await vi.advanceTimersByTimeAsync(100);
    expect(starts).toEqual([1_000, 8_000]);
    scheduler.stop();
  });

  it('a focus refresh restarts the interval instead of adding a tick right after it', async () => {
    const page = fakePage();
    const { refresh, starts } = slowRefresh(0);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(25_000);
    page.focus();
    await vi.advanceTimersByTimeAsync(40_000);
    expect(starts).toEqual([25_000, 55_000]);
    scheduler.stop();
  });

  it('backs off by doubling while hidden, up to the ceiling, and bounds the request count', async () => {
    const page = fakePage();
    const { refresh, starts } = slowRefresh(0);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    page.setVisible(false);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    const gaps = starts.map((s, i) => s - (starts[i - 1] ?? 0));
    expect(gaps.slice(0, 6)).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000]);
    expect(Math.max(...gaps)).toBe(300_000);
    // An hour hidden costs 14 requests, not the 120 of a fixed 30 s interval.
    expect(refresh).toHaveBeenCalledTimes(14);
    scheduler.stop();
  });

  it('refreshes at once when shown again and returns to the normal pace', async () => {
    const page = fakePage();
    const { refresh, starts } = slowRefresh(0);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    page.setVisible(false);
    await vi.advanceTimersByTimeAsync(500_000); // ticks at 30, 90, 210, 450 s; next delay 300 s
    expect(scheduler.currentDelayMs()).toBe(300_000);
    page.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(starts.at(-1)).toBe(500_000);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(starts.at(-1)).toBe(530_000);
    expect(scheduler.currentDelayMs()).toBe(30_000);
    scheduler.stop();
  });

  it('backs off after failures and honours Retry-After from a throttled store', async () => {
    const page = fakePage();
    let failures = 3;
    const states: unknown[] = [];
    const { refresh, starts } = slowRefresh(0, () =>
      failures-- > 0 ? new StoreError('throttled', 'slow down', { retryAfterMs: 200_000 }) : undefined,
    );
    const scheduler = createRefreshScheduler(
      { refresh, onState: (s) => s.error !== undefined && states.push(s.error) },
      page.env,
      POLICY,
    );
    scheduler.start();
    await vi.advanceTimersByTimeAsync(30_000 + 200_000 + 300_000 + 300_000 + 30_000);
    expect(starts).toEqual([30_000, 230_000, 530_000, 830_000, 860_000]);
    expect(states).toHaveLength(3);
    scheduler.stop();
  });

  it('stops cleanly: no timer fires and no listener is left behind', async () => {
    const page = fakePage();
    const { refresh } = slowRefresh(0);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    expect(page.listenerCount()).toBe(2);
    scheduler.stop();
    expect(page.listenerCount()).toBe(0);
    page.focus();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(refresh).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a refresh that ends after stop schedules nothing', async () => {
    const page = fakePage();
    const { refresh } = slowRefresh(10_000);
    const scheduler = createRefreshScheduler({ refresh }, page.env, POLICY);
    scheduler.start();
    void scheduler.refreshNow();
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
