'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { CompletionBarView } from '@/lib/views/group-progress';
import type { ChartPalette } from './palette';
import { TooltipBox } from './chart-tooltip';

/** Completion vs the 应完成 line per group (horizontal bars; status in icon + words at each bar's end). */
export function CompletionChart({ data, palette }: { data: CompletionBarView[]; palette: ChartPalette }) {
  const max = Math.max(100, ...data.map((r) => r.completionPct), ...data.map((r) => r.expectedPct));
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 4, right: 190, bottom: 4, left: 8 }}
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
          const d = active ? (payload?.[0]?.payload as CompletionBarView | undefined) : undefined;
          if (!d) return null;
          return (
            <TooltipBox title={d.name} rows={d.details.map((r, i) => ({ ...r, colour: i === 0 ? palette.status[d.tone] : undefined }))} />
          );
        }}
      />
      <Bar dataKey="completionPct" name="平均完成率" barSize={16} isAnimationActive={false}>
        {data.map((r) => (
          <Cell key={r.key} fill={palette.status[r.tone]} />
        ))}
        <LabelList dataKey="label" position="right" fill={palette.axis} fontSize={12} />
      </Bar>
      <Bar dataKey="expectedPct" name="应完成" barSize={8} fill={palette.timeLine} isAnimationActive={false} />
    </BarChart>
  );
}
