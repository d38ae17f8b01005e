'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAmount, formatRank } from '@/lib/format';
import { axisTick, ticksCarryUnit, wholeTicks } from '@/lib/views/chart-format';
import { TooltipBox } from './chart-tooltip';
import type { ChartPalette } from './palette';

export interface LinePoint {
  month: number;
  value: number | null;
  pending?: number | null;
}

/**
 * Monthly values as a line against a target line. `mode: 'rank'` draws ranks with 第1名 at the top
 * (reversed axis, whole places, domain 1..rankTotal).
 */
export function LineTargetChart({
  data,
  unit,
  target,
  targetLabel,
  valueLabel,
  palette,
  mode = 'value',
  rankTotal = 6,
}: {
  data: LinePoint[];
  unit: string;
  target: number | null;
  targetLabel: string;
  valueLabel: string;
  palette: ChartPalette;
  mode?: 'value' | 'rank';
  rankTotal?: number;
}) {
  const rows = data.map((d) => ({ ...d, label: `${d.month}月`, pending: d.pending ?? null }));
  const rank = mode === 'rank';
  const fmt = (v: number | null | undefined) => (rank ? formatRank(v ?? null) : formatAmount(v ?? null, unit));
  const ticks = rank ? Array.from({ length: rankTotal }, (_, i) => i + 1) : undefined;
  return (
    <LineChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 12, right: 24, bottom: 4, left: 8 }}>
      <CartesianGrid vertical={false} stroke={palette.grid} />
      <XAxis dataKey="label" tick={{ fill: palette.axis, fontSize: 13 }} />
      <YAxis
        width={rank ? 56 : 80}
        reversed={rank}
        domain={rank ? [1, rankTotal] : ['auto', 'auto']}
        ticks={ticks}
        allowDecimals={!rank && !wholeTicks(unit)}
        tick={{ fill: palette.axis, fontSize: 12 }}
        tickFormatter={(v: number) => (rank ? `第${v}名` : axisTick(v, unit))}
        label={
          rank || ticksCarryUnit(unit)
            ? undefined
            : { value: unit, position: 'insideTopLeft', offset: 0, dy: -10, fill: palette.axis, fontSize: 12 }
        }
      />
      <Tooltip
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
          if (!d) return null;
          return (
            <TooltipBox
              title={`${d.month}月`}
              rows={[
                { label: valueLabel, value: fmt(d.value), colour: palette.actual },
                ...(d.pending !== null ? [{ label: '已报送待审核', value: fmt(d.pending), colour: palette.status.behind }] : []),
                ...(target !== null ? [{ label: targetLabel, value: fmt(target), colour: palette.target }] : []),
              ]}
            />
          );
        }}
      />
      {target !== null && (
        <ReferenceLine
          y={target}
          stroke={palette.target}
          strokeDasharray="6 4"
          label={{ value: `${targetLabel} ${fmt(target)}`, position: 'insideTopRight', fill: palette.target, fontSize: 12 }}
        />
      )}
      <Line dataKey="value" name={valueLabel} stroke={palette.actual} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
      <Line
        dataKey="pending"
        name="待审核"
        stroke="none"
        dot={{ r: 4, fill: '#ffffff', stroke: palette.status.behind, strokeWidth: 2 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
