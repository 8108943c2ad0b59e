import { isStoreError } from '../../store/Store';

/**
 * When the meeting checklist re-reads the store so that other attendees' changes show up without a
 * reload. The rules, so that a room of open panels never becomes a request storm:
 * - one refresh in flight at a time: a tick or a focus while one runs is dropped, not queued;
 * - the next tick is scheduled only after the previous refresh finished (a chain of timeouts,
 *   never an interval that could pile up behind a slow network);
 * - while the document is hidden the delay doubles after every tick, up to `maxIntervalMs`;
 *   becoming visible again refreshes at once and resets the delay;
 * - a failed refresh backs off the same way; a throttled one waits at least what the service asked;
 * - focus refreshes at once, but not twice within `minGapMs` (Teams moves focus between frames often).
 */
export interface RefreshPolicy {
  /** Delay between refreshes while the panel is visible. @default 30 s */
  readonly intervalMs: number;
  /** Ceiling of the doubling while hidden or failing. @default 5 min */
  readonly maxIntervalMs: number;
  /** Focus and visibility refreshes closer than this to the last start are skipped. @default 5 s */
  readonly minGapMs: number;
}

export const DEFAULT_REFRESH_POLICY: RefreshPolicy = { intervalMs: 30_000, maxIntervalMs: 300_000, minGapMs: 5_000 };

type Unsubscribe = () => void;

/** Everything the scheduler needs from the page, replaceable in tests (as TanStack Query's focusManager). */
export interface RefreshEnvironment {
  isVisible(): boolean;
  onFocus(listener: () => void): Unsubscribe;
  onVisibilityChange(listener: () => void): Unsubscribe;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export type RefreshTrigger = 'interval' | 'focus' | 'visible' | 'manual';

export interface RefreshScheduler {
  start(): void;
  stop(): void;
  /** Runs a refresh now unless one is in flight (then resolves when that one ends). */
  refreshNow(): Promise<void>;
  /** The delay the next tick was (or will be) scheduled with; for tests and diagnostics. */
  currentDelayMs(): number;
}

export interface RefreshCallbacks {
  readonly refresh: (trigger: RefreshTrigger) => Promise<unknown>;
  /** Called when a refresh starts and ends; `error` is the failure of that run, if any. */
  readonly onState?: (state: { refreshing: boolean; error?: unknown; finishedAt?: number }) => void;
}

export function createRefreshScheduler(
  callbacks: RefreshCallbacks,
  env: RefreshEnvironment,
  policy: RefreshPolicy = DEFAULT_REFRESH_POLICY,
): RefreshScheduler {
  let running = false;
  let timer: unknown;
  let delay = policy.intervalMs;
  let inFlight: Promise<void> | undefined;
  let lastStart = -Infinity;
  let unsubscribers: Unsubscribe[] = [];

  const clear = () => {
    if (timer !== undefined) env.clearTimeout(timer);
    timer = undefined;
  };

  const schedule = () => {
    clear();
    if (!running) return;
    timer = env.setTimeout(() => {
      timer = undefined;
      void run('interval');
    }, delay);
  };

  const grow = (atLeast = 0) => {
    delay = Math.min(policy.maxIntervalMs, Math.max(delay * 2, atLeast));
  };

  const run = (trigger: RefreshTrigger): Promise<void> => {
    if (inFlight !== undefined) return inFlight;
    lastStart = env.now();
    clear();
    callbacks.onState?.({ refreshing: true });
    inFlight = (async () => {
      let failure: unknown;
      let failed = false;
      try {
        await callbacks.refresh(trigger);
      } catch (error) {
        failed = true;
        failure = error;
      }
      inFlight = undefined;
      if (failed) {
        const retryAfter = isStoreError(failure) ? (failure.retryAfterMs ?? 0) : 0;
        grow(retryAfter);
        callbacks.onState?.({ refreshing: false, error: failure });
      } else {
        // A hidden panel keeps slowing down; a visible one is back at the normal pace.
        if (env.isVisible()) delay = policy.intervalMs;
        else grow();
        callbacks.onState?.({ refreshing: false, finishedAt: env.now() });
      }
      schedule();
    })();
    return inFlight;
  };

  const nudge = (trigger: 'focus' | 'visible') => {
    if (!running || inFlight !== undefined) return;
    if (env.now() - lastStart < policy.minGapMs) return;
    void run(trigger);
  };

  return {
    start() {
      if (running) return;
      running = true;
      delay = policy.intervalMs;
      unsubscribers = [
        env.onFocus(() => nudge('focus')),
        env.onVisibilityChange(() => {
          if (!env.isVisible()) return;
          delay = policy.intervalMs;
          nudge('visible');
          // Skipped (a refresh just ran or runs now): still come back at the normal pace.
          if (inFlight === undefined) schedule();
        }),
      ];
      schedule();
    },
    stop() {
      running = false;
      clear();
      for (const unsubscribe of unsubscribers) unsubscribe();
      unsubscribers = [];
    },
    refreshNow: () => run('manual'),
    currentDelayMs: () => delay,
  };
}

/** The real page: `document.visibilityState`, window focus, the global timers and clock. */
export function browserRefreshEnvironment(): RefreshEnvironment {
  return {
    isVisible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
    onFocus(listener) {
      window.addEventListener('focus', listener);
      return () => window.removeEventListener('focus', listener);
    },
    onVisibilityChange(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
    setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
    now: () => Date.now(),
  };
}
