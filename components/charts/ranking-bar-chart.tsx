'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { TooltipBox } from './chart-tooltip';

export interface RankingDatum {
  label: string;
  value: number;
  text: string;
  highlight?: boolean;
}

/** Horizontal bars best first, each labelled with its figure; a highlighted bar is marked ★ as well as coloured. */
export function RankingBarChart({
  data,
  unit,
  colours,
}: {
  data: RankingDatum[];
  unit: string;
  colours: { bar: string; highlight: string; axis: string; grid: string };
}) {
  const rows = data.map((d, i) => ({ ...d, name: `${i + 1}. ${d.highlight ? '★ ' : ''}${d.label}` }));
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 4, right: 80, bottom: 4, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke={colours.grid} />
      <XAxis type="number" tick={{ fill: colours.axis, fontSize: 12 }} tickFormatter={(v: number) => `${v}${unit}`} />
      <YAxis type="category" dataKey="name" width={130} tick={{ fill: colours.axis, fontSize: 12 }} interval={0} />
      <Tooltip
        cursor={{ fill: '#f1f5f9' }}
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
          return d ? <TooltipBox title={d.label} rows={[{ label: '数值', value: d.text }]} /> : null;
        }}
      />
      <Bar dataKey="value" barSize={14} isAnimationActive={false}>
        {rows.map((r) => (
          <Cell key={r.name} fill={r.highlight ? colours.highlight : colours.bar} />
        ))}
        <LabelList dataKey="text" position="right" fill={colours.axis} fontSize={12} />
      </Bar>
    </BarChart>
  );
}
