'use client';

import { Bar, CartesianGrid, ComposedChart, Line, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAmount } from '@/lib/format';
import { axisTick, ticksCarryUnit, wholeTicks } from '@/lib/views/chart-format';
import type { TrendPoint, TrendView } from '@/lib/views/indicator-trend';
import { TooltipBox } from './chart-tooltip';
import type { ChartPalette } from './palette';

/**
 * A cumulative indicator over the year: monthly increments as bars, the year-to-date actual as a
 * line, its 序时 line (序时控制线 for a ceiling), phased targets as diamonds, the dashed projection
 * to December, and submitted-not-approved values as hollow dots (待审核). The lines come from the
 * view (trendLines); nothing is computed here.
 */
export function CumulativeChart({
  data,
  unit,
  labels,
  palette,
}: {
  data: TrendPoint[];
  unit: string;
  labels: TrendView['labels'];
  palette: ChartPalette;
}) {
  const rows = data.map((d) => ({ ...d, label: `${d.month}月` }));
  const fmt = (v: number | null | undefined) => formatAmount(v ?? null, unit);
  return (
    <ComposedChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
      <CartesianGrid vertical={false} stroke={palette.grid} />
      <XAxis dataKey="label" tick={{ fill: palette.axis, fontSize: 13 }} />
      <YAxis
        width={88}
        tick={{ fill: palette.axis, fontSize: 12 }}
        allowDecimals={!wholeTicks(unit)}
        tickFormatter={(v: number) => axisTick(v, unit)}
        label={
          ticksCarryUnit(unit) ? undefined : { value: unit, position: 'insideTopLeft', offset: 0, dy: -6, fill: palette.axis, fontSize: 12 }
        }
      />
      <Tooltip
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
          if (!d) return null;
          const items = [
            { label: labels.actual, value: fmt(d.actual), colour: palette.actual },
            ...(d.pending !== null ? [{ label: '已报送待审核', value: fmt(d.pending), colour: palette.status.behind }] : []),
            { label: '本月增量', value: fmt(d.increment), colour: palette.increment },
            { label: labels.reference, value: fmt(d.reference), colour: palette.timeLine },
            ...(d.phased !== null ? [{ label: labels.phased, value: fmt(d.phased), colour: palette.target }] : []),
            ...(d.projection !== null && d.actual === null
              ? [{ label: labels.projection, value: fmt(d.projection), colour: palette.actual }]
              : []),
          ];
          return <TooltipBox title={`${d.month}月（1—${d.month}月累计）`} rows={items} />;
        }}
      />
      <Bar dataKey="increment" name="本月增量" fill={palette.increment} barSize={22} isAnimationActive={false} />
      <Line
        dataKey="reference"
        name={labels.reference}
        stroke={palette.timeLine}
        strokeDasharray="6 4"
        strokeWidth={1.5}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="projection"
        name={labels.projection}
        stroke={palette.actual}
        strokeDasharray="3 4"
        strokeWidth={1.5}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line dataKey="actual" name={labels.actual} stroke={palette.actual} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
      <Scatter dataKey="phased" name={labels.phased} fill={palette.target} shape="diamond" isAnimationActive={false} />
      <Scatter dataKey="pending" name="待审核" fill="#ffffff" stroke={palette.status.behind} strokeWidth={2} isAnimationActive={false} />
    </ComposedChart>
  );
}
