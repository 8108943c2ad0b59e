import { useCallback, useEffect, useState } from 'react';

/** Before layout (and in jsdom, which has none) assume a viewport this tall, so the first rows render at once. */
const FALLBACK_VIEWPORT_PX = 600;
const OVERSCAN_ROWS = 8;

/**
 * Windowing for a fixed-height row list in its own scroll container: only the rows in view (plus a
 * few either side) are rendered, so 10,000 commitments cost what 40 do. State changes only when the
 * first visible row, the height or the width changes, not on every scroll event.
 * `rowHeightFor` lets the row height depend on the container's width (compact rows when narrow).
 */
export function useVirtualRows(
  count: number,
  rowHeightFor: (width: number | undefined) => number,
  headerHeight: number,
) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT_PX);
  // Until measured, the window's width: on a narrow screen the first frame already has compact rows.
  const [width, setWidth] = useState<number | undefined>(() =>
    typeof window === 'undefined' ? undefined : window.innerWidth,
  );
  const rowHeight = rowHeightFor(width);
  const firstRow = Math.max(0, Math.floor((scrollTop - headerHeight) / rowHeight));

  useEffect(() => {
    if (element === null) return;
    const measure = () => {
      if (element.clientHeight > 0) setViewport(element.clientHeight);
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  const onScroll = useCallback(() => {
    if (element === null) return;
    // Quantised to whole rows, so React re-renders once per row scrolled, not once per pixel.
    const top = element.scrollTop;
    setScrollTop(headerHeight + Math.floor(Math.max(0, top - headerHeight) / rowHeight) * rowHeight);
  }, [element, headerHeight, rowHeight]);

  const visibleRows = Math.ceil(viewport / rowHeight) + 1;
  // A list that got shorter (a filter) may leave the old position past its end: start from the top of what is left.
  const first = Math.min(firstRow, Math.max(0, count - visibleRows));
  const start = Math.max(0, first - OVERSCAN_ROWS);
  const end = Math.min(count, first + visibleRows + OVERSCAN_ROWS);

  /** Scrolls the least needed to show row `index` under the sticky header. */
  const scrollToRow = useCallback(
    (index: number) => {
      if (element === null) return;
      const top = headerHeight + index * rowHeight;
      const viewTop = element.scrollTop + headerHeight;
      const viewBottom = element.scrollTop + element.clientHeight;
      if (top < viewTop) element.scrollTo({ top: top - headerHeight });
      else if (top + rowHeight > viewBottom) element.scrollTo({ top: top + rowHeight - element.clientHeight });
      onScroll();
    },
    [element, headerHeight, rowHeight, onScroll],
  );

  return {
    setScroller: setElement,
    onScroll,
    start,
    end,
    rowHeight,
    width,
    scrollToRow,
    visibleRows,
  };
}
