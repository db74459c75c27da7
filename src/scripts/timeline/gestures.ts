export interface GestureHandlers {
  /** Zoom by `factor` (above 1 is in) around `x`, in pixels from the chart's left edge. */
  zoom(factor: number, x: number): void;
  /** Move the view by `dx` pixels (positive: the content moves right, to earlier times). */
  pan(dx: number): void;
}

const DRAG_THRESHOLD = 4;

/**
 * Drag to pan, two fingers to pinch, Ctrl + wheel (or a trackpad pinch) to
 * zoom, a sideways wheel to pan, double-click to zoom in. A plain vertical
 * wheel is left to the page, which keeps scrolling. A drag never counts as a
 * click on the mark it started on.
 */
export function attachGestures(target: HTMLElement, h: GestureHandlers): void {
  const pointers = new Map<number, { x: number; y: number }>();
  let moved = 0;
  let dragged = false;
  const localX = (clientX: number) => clientX - target.getBoundingClientRect().left + target.scrollLeft;

  target.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    moved = 0;
    dragged = false;
  });

  target.addEventListener('pointermove', (e) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const before = Math.hypot(a.x - b.x, a.y - b.y);
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const [c, d] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const after = Math.hypot(c.x - d.x, c.y - d.y);
      if (before > 0 && after > 0) h.zoom(after / before, localX((c.x + d.x) / 2));
      dragged = true;
      return;
    }
    const dx = e.clientX - last.x;
    moved += Math.abs(dx) + Math.abs(e.clientY - last.y);
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (!dragged && moved > DRAG_THRESHOLD) {
      dragged = true;
      // Captured only once it is a drag, so a plain click still reaches the mark.
      target.setPointerCapture(e.pointerId);
    }
    if (dragged) h.pan(dx);
  });

  const release = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
  };
  target.addEventListener('pointerup', release);
  target.addEventListener('pointercancel', release);

  target.addEventListener(
    'click',
    (e) => {
      if (!dragged) return;
      dragged = false;
      e.preventDefault();
      e.stopPropagation();
    },
    true,
  );

  target.addEventListener(
    'wheel',
    (e) => {
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? target.clientWidth : 1;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        h.zoom(Math.exp(-e.deltaY * unit * 0.002), localX(e.clientX));
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        h.pan(-e.deltaX * unit);
      }
    },
    { passive: false },
  );

  target.addEventListener('dblclick', (e) => {
    e.preventDefault();
    h.zoom(e.shiftKey ? 0.5 : 2, localX(e.clientX));
  });
}
