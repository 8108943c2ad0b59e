/**
 * Waits for `work` to settle, but no longer than `ms`: a first render may hold on for data that
 * usually answers in a few milliseconds, so it shows that data at once rather than a loading state
 * a frame before it. A failure is not reported here; the view that reads the data says what went wrong.
 */
export const waitAtMost = (work: Promise<unknown>, ms: number): Promise<unknown> =>
  Promise.race([work.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);
