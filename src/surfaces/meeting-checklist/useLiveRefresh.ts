import { useCallback, useEffect, useRef, useState } from 'react';
import {
  browserRefreshEnvironment,
  createRefreshScheduler,
  DEFAULT_REFRESH_POLICY,
  type RefreshEnvironment,
  type RefreshPolicy,
  type RefreshScheduler,
} from './refreshScheduler';

export interface LiveRefreshState {
  readonly refreshing: boolean;
  /** When the last refresh succeeded (the page's clock). */
  readonly lastRefreshedAt?: Date;
  /** The last refresh's failure; cleared by the next success. */
  readonly error?: unknown;
  /** For a "Refresh" button: runs now unless one is already in flight. */
  readonly refreshNow: () => Promise<void>;
}

export interface LiveRefreshOptions {
  readonly policy?: RefreshPolicy;
  /** Tests pass a fake page; the app uses the real window and document. */
  readonly environment?: RefreshEnvironment;
}

/**
 * Keeps a view current while it stays open: runs `refresh` on window focus, when the page becomes
 * visible, and on an interval that backs off while hidden (see refreshScheduler.ts for the bounds).
 * `refresh` may change on every render; the latest one is used.
 */
export function useLiveRefresh(refresh: () => Promise<unknown>, options: LiveRefreshOptions = {}): LiveRefreshState {
  const refreshRef = useRef(refresh);
  useEffect(() => {
    refreshRef.current = refresh;
  });
  const schedulerRef = useRef<RefreshScheduler | null>(null);
  const [state, setState] = useState<Omit<LiveRefreshState, 'refreshNow'>>({ refreshing: false });
  const policy = options.policy ?? DEFAULT_REFRESH_POLICY;
  const { intervalMs, maxIntervalMs, minGapMs } = policy;
  const environment = options.environment;

  useEffect(() => {
    let live = true;
    const scheduler = createRefreshScheduler(
      {
        refresh: () => refreshRef.current(),
        onState: ({ refreshing, error, finishedAt }) => {
          if (!live) return;
          setState((previous) => {
            if (refreshing) return { ...previous, refreshing: true };
            if (error !== undefined) return { ...previous, refreshing: false, error };
            const { error: _cleared, ...rest } = previous;
            return {
              ...rest,
              refreshing: false,
              ...(finishedAt !== undefined ? { lastRefreshedAt: new Date(finishedAt) } : {}),
            };
          });
        },
      },
      environment ?? browserRefreshEnvironment(),
      { intervalMs, maxIntervalMs, minGapMs },
    );
    schedulerRef.current = scheduler;
    scheduler.start();
    return () => {
      live = false;
      scheduler.stop();
      schedulerRef.current = null;
    };
  }, [environment, intervalMs, maxIntervalMs, minGapMs]);

  const refreshNow = useCallback(() => schedulerRef.current?.refreshNow() ?? Promise.resolve(), []);
  return { ...state, refreshNow };
}
