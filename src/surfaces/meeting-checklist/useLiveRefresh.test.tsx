import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../store/Store';
import type { RefreshEnvironment } from './refreshScheduler';
import { useLiveRefresh } from './useLiveRefresh';

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
    hide() {
      visible = false;
      visibility.forEach((l) => l());
    },
    listeners: () => focus.size + visibility.size,
  };
}

const policy = { intervalMs: 30_000, maxIntervalMs: 300_000, minGapMs: 5_000 };

describe('useLiveRefresh', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes on the interval and on focus, and reports when it last succeeded', async () => {
    const page = fakePage();
    const refresh = vi.fn(async () => undefined);
    const { result } = renderHook(() => useLiveRefresh(refresh, { policy, environment: page.env }));
    expect(result.current.lastRefreshedAt).toBeUndefined();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(result.current.lastRefreshedAt?.toISOString()).toBe('2026-11-25T10:00:30.000Z');
    // Right after a refresh, focus changes nothing (minimum gap); 10 s later it refreshes at once.
    await act(async () => {
      page.focus();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(refresh).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
      page.focus();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(result.current.lastRefreshedAt?.toISOString()).toBe('2026-11-25T10:00:40.000Z');
    expect(result.current.refreshing).toBe(false);
  });

  it('reports a failure, keeps going at a slower pace, and clears the error after a success', async () => {
    const page = fakePage();
    let fail = true;
    const refresh = vi.fn(async () => {
      if (fail) throw new StoreError('offline', 'no network');
    });
    const { result } = renderHook(() => useLiveRefresh(refresh, { policy, environment: page.env }));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect((result.current.error as StoreError).code).toBe('offline');
    fail = false;
    await act(() => vi.advanceTimersByTimeAsync(59_999));
    expect(refresh).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(result.current.error).toBeUndefined();
  });

  it('uses the latest refresh function without restarting the schedule', async () => {
    const page = fakePage();
    const first = vi.fn(async () => undefined);
    const second = vi.fn(async () => undefined);
    const { rerender } = renderHook(({ run }) => useLiveRefresh(run, { policy, environment: page.env }), {
      initialProps: { run: first },
    });
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    rerender({ run: second });
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('stops its timer and listeners on unmount', async () => {
    const page = fakePage();
    const refresh = vi.fn(async () => undefined);
    const { unmount } = renderHook(() => useLiveRefresh(refresh, { policy, environment: page.env }));
    expect(page.listeners()).toBe(2);
    unmount();
    expect(page.listeners()).toBe(0);
    await act(() => vi.advanceTimersByTimeAsync(3_600_000));
    expect(refresh).not.toHaveBeenCalled();
  });

  it('while hidden an hour costs a bounded number of refreshes', async () => {
    const page = fakePage();
    const refresh = vi.fn(async () => undefined);
    renderHook(() => useLiveRefresh(refresh, { policy, environment: page.env }));
    page.hide();
    await act(() => vi.advanceTimersByTimeAsync(3_600_000));
    expect(refresh).toHaveBeenCalledTimes(14);
  });
});
