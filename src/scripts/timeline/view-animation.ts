import type { Domain } from '../../lib/timeline/timeline-scale';

const DURATION = 260;
const reduced = matchMedia('(prefers-reduced-motion: reduce)');
let running = 0;

/** Eases the view from one span to another; with reduced motion it simply jumps. */
export function animate(from: Domain, to: Domain, step: (d: Domain) => void): void {
  cancelAnimationFrame(running);
  if (reduced.matches) {
    step(to);
    return;
  }
  const t0 = performance.now();
  const frame = (now: number) => {
    const t = Math.min(1, (now - t0) / DURATION);
    const e = 1 - (1 - t) ** 3;
    step([from[0] + (to[0] - from[0]) * e, from[1] + (to[1] - from[1]) * e]);
    if (t < 1) running = requestAnimationFrame(frame);
  };
  running = requestAnimationFrame(frame);
}
