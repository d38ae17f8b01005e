'use client';

import { Bar, CartesianGrid, ComposedChart, Line, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatValue } from '@/lib/format';
import { TooltipBox } from './chart-tooltip';
import type { ChartPalette } from './palette';

export interface CumulativePoint {
  month: number;
  actual: number | null;
  pending: number | null;
  increment: number | null;
  phased: number | null;
  /** Annual target × time progress. */
  reference: number | null;
  /** Straight-line projection from the last actual to December (only from the effective month on). */
  projection: number | null;
}

/**
 * A cumulative indicator over the year: monthly increments as bars, the year-to-date actual as a
 * line, the straight time-progress line (序时进度), phased targets as diamonds, a dashed projection
 * to December, and submitted-not-approved values as hollow dots (待审核).
 */
export function CumulativeChart({ data, unit, palette }: { data: CumulativePoint[]; unit: string; palette: ChartPalette }) {
  const rows = data.map((d) => ({ ...d, label: `${d.month}月` }));
  const fmt = (v: number | null | undefined) => formatValue(v ?? null, unit);
  return (
    <ComposedChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
      <CartesianGrid vertical={false} stroke={palette.grid} />
      <XAxis dataKey="label" tick={{ fill: palette.axis, fontSize: 13 }} />
      <YAxis
        width={88}
        tick={{ fill: palette.axis, fontSize: 12 }}
        tickFormatter={(v: number) => formatNumber(v, 0)}
        label={{ value: unit, position: 'insideTopLeft', offset: 0, dy: -6, fill: palette.axis, fontSize: 12 }}
      />
      <Tooltip
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
          if (!d) return null;
          const items = [
            { label: '累计完成', value: fmt(d.actual), colour: palette.actual },
            ...(d.pending !== null ? [{ label: '已报送待审核', value: fmt(d.pending), colour: palette.status.behind }] : []),
            { label: '本月增量', value: fmt(d.increment), colour: palette.increment },
            { label: '序时进度应完成', value: fmt(d.reference), colour: palette.timeLine },
            ...(d.phased !== null ? [{ label: '阶段性目标', value: fmt(d.phased), colour: palette.target }] : []),
            ...(d.projection !== null && d.actual === null
              ? [{ label: '按当前进度预计', value: fmt(d.projection), colour: palette.actual }]
              : []),
          ];
          return <TooltipBox title={`${d.month}月（1—${d.month}月累计）`} rows={items} />;
        }}
      />
      <Bar dataKey="increment" name="本月增量" fill={palette.increment} barSize={22} isAnimationActive={false} />
      <Line
        dataKey="reference"
        name="序时进度线"
        stroke={palette.timeLine}
        strokeDasharray="6 4"
        strokeWidth={1.5}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="projection"
        name="预计"
        stroke={palette.actual}
        strokeDasharray="3 4"
        strokeWidth={1.5}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line dataKey="actual" name="累计完成" stroke={palette.actual} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
      <Scatter dataKey="phased" name="阶段性目标" fill={palette.target} shape="diamond" isAnimationActive={false} />
      <Scatter dataKey="pending" name="待审核" fill="#ffffff" stroke={palette.status.behind} strokeWidth={2} isAnimationActive={false} />
    </ComposedChart>
  );
}
