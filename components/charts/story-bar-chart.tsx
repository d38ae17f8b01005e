'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { TooltipBox } from './chart-tooltip';

export interface StoryBarDatum {
  label: string;
  value: number;
  /** The figure as read ('60元/公斤', '3万多元'), written on the bar. */
  text: string;
  colour: string;
}

/** Horizontal bars, one per figure, each labelled with its figure in words (colour is never the only cue). */
export function StoryBarChart({ data, unit, axis, grid }: { data: StoryBarDatum[]; unit: string; axis: string; grid: string }) {
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 4, right: 110, bottom: 4, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke={grid} />
      <XAxis
        type="number"
        tick={{ fill: axis, fontSize: 12 }}
        label={{ value: unit, position: 'insideBottomRight', offset: -2, fill: axis, fontSize: 12 }}
      />
      <YAxis type="category" dataKey="label" width={230} tick={{ fill: axis, fontSize: 12 }} interval={0} />
      <Tooltip
        cursor={{ fill: '#f1f5f9' }}
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as StoryBarDatum | undefined) : undefined;
          return d ? <TooltipBox title={d.label} rows={[{ label: '数值', value: d.text, colour: d.colour }]} /> : null;
        }}
      />
      <Bar dataKey="value" barSize={18} isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.label} fill={d.colour} />
        ))}
        <LabelList dataKey="text" position="right" fill={axis} fontSize={12} />
      </Bar>
    </BarChart>
  );
}
