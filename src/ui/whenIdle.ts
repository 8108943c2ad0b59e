/**
 * Runs `run` once the page is idle, and at the latest after `timeoutMs`; where the browser has no
 * idle callback (Safari before 18, jsdom), after `fallbackMs`. Returns what cancels it.
 */
export function whenIdle(run: () => void, timeoutMs: number, fallbackMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, fallbackMs);
  return () => clearTimeout(handle);
}
