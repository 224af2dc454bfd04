/**
 * The arithmetic of the dashboard's charts, kept apart from the SVG so it can be tested:
 * a value axis that ends on a round number, its ticks, and the rectangles of a bar chart.
 */

const steps = [1, 2, 2.5, 5, 10];

/** A round step so that `count` steps cover `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, count = 4): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const rough = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = steps.find((candidate) => candidate * power >= rough) ?? 10;
  return step * power;
}

/**
 * Ticks of a value axis from 0 to a round number at or above `max`, at most `count` steps.
 * Integer data (order counts) never gets fractional ticks.
 */
export function axisTicks(max: number, options: { count?: number; integer?: boolean } = {}) {
  const count = options.count ?? 4;
  let step = niceStep(max, count);
  if (options.integer) step = Math.max(1, Math.ceil(step));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  // Multiplying rather than adding keeps rounding errors from piling up tick after tick.
  for (let index = 0; index * step <= top + step / 1e9; index += 1) ticks.push(index * step);
  return { top, ticks };
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

/**
 * Bars for `values` in a plot of `width` × `height` whose value axis tops at `top`. Bars share
 * the width equally, `gapRatio` of each slot left empty; a positive value is at least one pixel
 * high so a small sale never looks like none.
 */
export function barLayout(
  values: readonly number[],
  plot: { width: number; height: number; top: number; gapRatio?: number },
): Bar[] {
  if (values.length === 0) return [];
  const slot = plot.width / values.length;
  const gap = slot * (plot.gapRatio ?? 0.2);
  return values.map((value, index) => {
    const ratio = plot.top > 0 ? Math.max(0, value) / plot.top : 0;
    const height = value > 0 ? Math.max(1, ratio * plot.height) : 0;
    return {
      x: index * slot + gap / 2,
      y: plot.height - height,
      width: slot - gap,
      height,
      value,
    };
  });
}

/** Where on the value axis (pixels from the top) a value sits. */
export function valueToY(value: number, plot: { height: number; top: number }): number {
  if (plot.top <= 0) return plot.height;
  return plot.height - (Math.max(0, value) / plot.top) * plot.height;
}

/** Which labels of a long category axis to print so they do not overlap: every nth. */
export function labelStride(count: number, maxLabels: number): number {
  if (count <= maxLabels || maxLabels <= 0) return 1;
  return Math.ceil(count / maxLabels);
}
