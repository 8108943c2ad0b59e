import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Before layout (and in jsdom, which has none) assume a viewport this tall, so the first rows render at once. */
const FALLBACK_VIEWPORT_PX = 600;
const OVERSCAN_ROWS = 8;

/**
 * Windowing for a fixed-height row list in its own scroll container: only the rows in view (plus a
 * few either side) are rendered, so 10,000 commitments cost what 40 do. Re-renders happen only when
 * the first visible row changes, not on every scroll event.
 */
export function useVirtualRows(count: number, rowHeight: number, headerHeight: number) {
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const [firstRow, setFirstRow] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT_PX);
  const [width, setWidth] = useState<number | undefined>(undefined);

  const measure = useCallback(() => {
    const el = scrollerRef.current;
    if (el === null) return;
    if (el.clientHeight > 0) setViewport(el.clientHeight);
    if (el.clientWidth > 0) setWidth(el.clientWidth);
    setFirstRow(Math.max(0, Math.floor((el.scrollTop - headerHeight) / rowHeight)));
  }, [rowHeight, headerHeight]);

  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    const el = scrollerRef.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // A shorter list (a filter was applied) may leave the scroll position past its end.
  useEffect(() => {
    const el = scrollerRef.current;
    if (el !== null && firstRow > count) {
      el.scrollTop = 0;
      setFirstRow(0);
    }
  }, [count, firstRow]);

  const visibleRows = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.max(0, firstRow - OVERSCAN_ROWS);
  const end = Math.min(count, firstRow + visibleRows + OVERSCAN_ROWS);

  /** Scrolls the least needed to show row `index` under the sticky header. */
  const scrollToRow = useCallback(
    (index: number) => {
      const el = scrollerRef.current;
      if (el === null) return;
      const top = headerHeight + index * rowHeight;
      const viewTop = el.scrollTop + headerHeight;
      const viewBottom = el.scrollTop + el.clientHeight;
      if (top < viewTop) el.scrollTop = top - headerHeight;
      else if (top + rowHeight > viewBottom) el.scrollTop = top + rowHeight - el.clientHeight;
      measure();
    },
    [rowHeight, headerHeight, measure],
  );

  return { scrollerRef, onScroll: measure, start, end, totalHeight: count * rowHeight, width, scrollToRow, visibleRows };
}
