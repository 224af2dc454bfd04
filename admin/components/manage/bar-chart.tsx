'use client';

import { useId } from 'react';
import { axisTicks, barLayout, labelStride, valueToY } from '../../lib/chart-scale';
import { useI18n } from '../i18n-provider';

export interface ChartPoint {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  points: readonly ChartPoint[];
  /** How a value reads on the axis and in the table (money, a count). */
  format: (value: number) => string;
  integer?: boolean;
}

const width = 640;
const height = 220;
const left = 72;
const bottom = 28;
const plot = { width: width - left - 8, height: height - bottom - 8 };

/**
 * A bar chart drawn as SVG. Screen readers get its title and, under "Show as a table", every
 * value: the picture is a summary, the table is the data.
 */
export function BarChart({ title, points, format, integer = false }: BarChartProps) {
  const { t } = useI18n();
  const id = useId();
  const values = points.map((point) => point.value);
  const { top, ticks } = axisTicks(Math.max(0, ...values), { count: 4, integer });
  const bars = barLayout(values, { ...plot, top });
  const stride = labelStride(points.length, 8);

  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
      >
        <g transform={`translate(${left}, 8)`}>
          {ticks.map((tick) => {
            const y = valueToY(tick, { height: plot.height, top });
            return (
              <g key={tick}>
                <line x1={0} x2={plot.width} y1={y} y2={y} className="stroke-slate-200" />
                <text
                  x={-8}
                  y={y}
                  textAnchor="end"
                  dominantBaseline="middle"
                  className="fill-slate-600 text-[11px]"
                >
                  {format(tick)}
                </text>
              </g>
            );
          })}
          {bars.map((bar, index) => (
            <rect
              key={points[index]?.label ?? index}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              rx={2}
              className="fill-indigo-600"
            >
              <title>{`${points[index]?.label ?? ''}: ${format(bar.value)}`}</title>
            </rect>
          ))}
          {points.map((point, index) =>
            index % stride === 0 ? (
              <text
                key={point.label}
                x={(bars[index]?.x ?? 0) + (bars[index]?.width ?? 0) / 2}
                y={plot.height + 18}
                textAnchor="middle"
                className="fill-slate-600 text-[11px]"
              >
                {point.label}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-800">{t.manage.dashboard.showTable}</summary>
        <div className="mt-2 max-h-72 overflow-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t.manage.dashboard.period}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {title}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.label} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {point.label}
                  </th>
                  <td className="py-1 text-right tabular-nums">{format(point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
