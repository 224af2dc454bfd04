import { axisTicks, barLayout, labelStride, niceStep, valueToY } from './chart-scale';

describe('niceStep', () => {
  it.each([
    [100, 4, 25],
    [1000, 4, 250],
    [7, 4, 2],
    [9990, 4, 2500],
    [3, 4, 1],
    [0.4, 4, 0.1],
  ])('a round step for %d in %d steps is %d', (max, count, step) => {
    expect(niceStep(max, count)).toBeCloseTo(step, 10);
  });

  it('is 1 for nothing to show', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe('axisTicks', () => {
  it('ends on a round number at or above the largest value', () => {
    expect(axisTicks(8222)).toEqual({ top: 10000, ticks: [0, 2500, 5000, 7500, 10000] });
  });

  it('keeps counts whole', () => {
    const { ticks, top } = axisTicks(3, { integer: true });
    expect(ticks.every((tick) => Number.isInteger(tick))).toBe(true);
    expect(top).toBeGreaterThanOrEqual(3);
  });

  it('still draws an axis when every value is zero', () => {
    expect(axisTicks(0)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('covers fractional values with multiples of the step', () => {
    const { ticks } = axisTicks(0.3);
    expect(ticks).toHaveLength(4);
    ticks.forEach((tick, index) => expect(tick).toBeCloseTo(index * 0.1, 10));
  });
});

describe('barLayout', () => {
  const plot = { width: 100, height: 50, top: 10, gapRatio: 0.2 };

  it('shares the width equally and scales heights to the axis top', () => {
    const bars = barLayout([10, 5, 0, 2.5], plot);
    expect(bars.map((bar) => bar.height)).toEqual([50, 25, 0, 12.5]);
    expect(bars.map((bar) => bar.y)).toEqual([0, 25, 50, 37.5]);
    expect(bars.map((bar) => bar.width)).toEqual([20, 20, 20, 20]);
    expect(bars.map((bar) => bar.x)).toEqual([2.5, 27.5, 52.5, 77.5]);
  });

  it('draws a tiny positive value at least one pixel high', () => {
    expect(barLayout([0.001], plot)[0]?.height).toBe(1);
  });

  it('draws nothing for no values', () => {
    expect(barLayout([], plot)).toEqual([]);
  });
});

describe('valueToY and labelStride', () => {
  it('puts 0 at the bottom and the top value at the top', () => {
    expect(valueToY(0, { height: 50, top: 10 })).toBe(50);
    expect(valueToY(10, { height: 50, top: 10 })).toBe(0);
  });

  it('prints every label while they fit, then every nth', () => {
    expect(labelStride(7, 8)).toBe(1);
    expect(labelStride(30, 8)).toBe(4);
  });
});
