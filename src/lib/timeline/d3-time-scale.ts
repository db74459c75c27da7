import { scaleUtc } from 'd3-scale';
import type { ScaleFactory } from './timeline-scale';

/** The x scale the build draws with: d3's UTC time scale over the visible domain. */
export const timeScale: ScaleFactory = (domain, left, right) =>
  scaleUtc().domain(domain).range([left, right]);
