'use client';

import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import { TooltipBox } from './chart-tooltip';

export interface ShareDatum {
  label: string;
  /** Percent, 0–100. */
  value: number;
  text: string;
  colour: string;
}

/** A ring of shares (percent), each slice named in the legend and the tooltip. */
export function ShareChart({ data }: { data: ShareDatum[] }) {
  return (
    <PieChart responsive style={{ width: '100%', height: '100%' }}>
      <Pie
        data={data}
        dataKey="value"
        nameKey="label"
        innerRadius="55%"
        outerRadius="85%"
        startAngle={90}
        endAngle={-270}
        isAnimationActive={false}
      >
        {data.map((d) => (
          <Cell key={d.label} fill={d.colour} />
        ))}
      </Pie>
      <Tooltip
        content={({ active, payload }) => {
          const d = active ? (payload?.[0]?.payload as ShareDatum | undefined) : undefined;
          return d ? <TooltipBox title={d.label} rows={[{ label: '占比', value: d.text, colour: d.colour }]} /> : null;
        }}
      />
    </PieChart>
  );
}
