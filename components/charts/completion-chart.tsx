'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { describeProgressGap, formatPercent, STATUS_ICONS, STATUS_LABELS, type StatusKey } from '@/lib/format';
import type { ChartPalette } from './palette';
import { TooltipBox } from './chart-tooltip';

export interface CompletionDatum {
  name: string;
  completion: number | null;
  expected: number | null;
  status: StatusKey;
}

/** Completion vs expected progress per task force (horizontal bars; status in icon + words on each bar). */
export function CompletionChart({ data, palette }: { data: CompletionDatum[]; palette: ChartPalette }) {
  const rows = data.map((d) => ({
    ...d,
    completionPct: d.completion === null ? 0 : Math.max(0, d.completion * 100),
    expectedPct: d.expected === null ? 0 : d.expected * 100,
    label: `${STATUS_ICONS[d.status]} ${formatPercent(d.completion)} ${STATUS_LABELS[d.status]}`,
  }));
  const max = Math.max(100, ...rows.map((r) => r.completionPct), ...rows.map((r) => r.expectedPct));
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 4, right: 150, bottom: 4, left: 8 }}
      barGap={2}
    >
      <CartesianGrid horizontal={false} stroke={palette.grid} />
      <XAxis
        type="number"
        domain={[0, Math.ceil(max / 10) * 10]}
        tickFormatter={(v: number) => `${v}%`}
        tick={{ fill: palette.axis, fontSize: 12 }}
      />
      <YAxis type="category" dataKey="name" width={170} tick={{ fill: palette.axis, fontSize: 13 }} interval={0} />
      <Tooltip
        cursor={{ fill: '#f1f5f9' }}
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
          if (!d) return null;
          const gap = d.completion !== null && d.expected !== null ? (d.completion - d.expected) * 100 : null;
          return (
            <TooltipBox
              title={d.name}
              rows={[
                { label: '平均完成率', value: formatPercent(d.completion), colour: palette.status[d.status] },
                { label: '应完成（序时/阶段目标）', value: formatPercent(d.expected), colour: palette.timeLine },
                { label: '状态', value: `${STATUS_ICONS[d.status]} ${STATUS_LABELS[d.status]}，${describeProgressGap(gap)}` },
              ]}
            />
          );
        }}
      />
      <Bar dataKey="completionPct" name="平均完成率" barSize={16} isAnimationActive={false}>
        {rows.map((r) => (
          <Cell key={r.name} fill={palette.status[r.status]} />
        ))}
        <LabelList dataKey="label" position="right" fill={palette.axis} fontSize={12} />
      </Bar>
      <Bar dataKey="expectedPct" name="应完成" barSize={8} fill={palette.timeLine} isAnimationActive={false} />
    </BarChart>
  );
}
