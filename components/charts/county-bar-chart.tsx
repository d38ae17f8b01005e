'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAmount, formatRank } from '@/lib/format';
import { axisTick, ticksCarryUnit, wholeTicks } from '@/lib/views/chart-format';
import type { CountyBar } from '@/lib/views/indicator-county';
import { TooltipBox } from './chart-tooltip';
import type { ChartPalette } from './palette';

/** The counties' values for one period, the district's bar highlighted and each bar labelled with its rank. */
export function CountyBarChart({ data: rows, unit, palette }: { data: CountyBar[]; unit: string; palette: ChartPalette }) {
  return (
    <BarChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 24, right: 12, bottom: 4, left: 8 }}>
      <CartesianGrid vertical={false} stroke={palette.grid} />
      <XAxis dataKey="name" tick={{ fill: palette.axis, fontSize: 13 }} interval={0} />
      <YAxis
        width={80}
        tick={{ fill: palette.axis, fontSize: 12 }}
        allowDecimals={!wholeTicks(unit)}
        tickFormatter={(v: number) => axisTick(v, unit)}
        label={
          ticksCarryUnit(unit)
            ? undefined
            : { value: unit, position: 'insideTopLeft', offset: 0, dy: -18, fill: palette.axis, fontSize: 12 }
        }
      />
      <Tooltip
        cursor={{ fill: '#f1f5f9' }}
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
          if (!d) return null;
          return (
            <TooltipBox
              title={d.home ? `${d.name}（本区）` : d.name}
              rows={[
                { label: '数值', value: formatAmount(d.value, unit) },
                { label: '全市排名', value: formatRank(d.rank, rows.length) },
              ]}
            />
          );
        }}
      />
      <Bar dataKey="value" name="数值" isAnimationActive={false} barSize={40}>
        {rows.map((r) => (
          <Cell key={r.name} fill={r.home ? palette.actual : palette.other} />
        ))}
        <LabelList dataKey="label" position="top" fill={palette.axis} fontSize={12} />
      </Bar>
    </BarChart>
  );
}
