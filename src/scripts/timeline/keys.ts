/** What the chart does when it has the focus. */
export interface ChartKeys {
  step(delta: number): void;
  first(): void;
  last(): void;
  openCurrent(): void;
  closeDetails(): void;
  zoomBy(factor: number): void;
}

const KEYS: Record<string, (t: ChartKeys) => void> = {
  ArrowRight: (t) => t.step(1),
  ArrowDown: (t) => t.step(1),
  ArrowLeft: (t) => t.step(-1),
  ArrowUp: (t) => t.step(-1),
  Home: (t) => t.first(),
  End: (t) => t.last(),
  Enter: (t) => t.openCurrent(),
  ' ': (t) => t.openCurrent(),
  Escape: (t) => t.closeDetails(),
  '+': (t) => t.zoomBy(2),
  '=': (t) => t.zoomBy(2),
  '-': (t) => t.zoomBy(0.5),
};

/** Arrow keys between events in time order, Home and End, Enter to open, Escape to close, + and − to zoom. */
export function handleKey(e: KeyboardEvent, target: ChartKeys): void {
  const action = KEYS[e.key];
  if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  action(target);
}
