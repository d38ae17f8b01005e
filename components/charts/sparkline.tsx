'use client';

import { Line, LineChart, YAxis } from 'recharts';

export const SPARKLINE_WIDTH = 120;
export const SPARKLINE_HEIGHT = 32;

/**
 * A tiny trend line of monthly values (missing months leave a gap). `reversed` puts small values at
 * the top (ranks). Decorative: the figures are in the same table row, so it is hidden from screen
 * readers and has a text title for sighted users.
 */
export function Sparkline({
  values,
  colour,
  reversed = false,
  title,
}: {
  values: (number | null)[];
  colour: string;
  reversed?: boolean;
  title: string;
}) {
  const data = values.map((v, i) => ({ m: i + 1, v }));
  const last = data.length - 1;
  return (
    <div title={title} aria-hidden style={{ width: SPARKLINE_WIDTH, height: SPARKLINE_HEIGHT }}>
      <LineChart
        width={SPARKLINE_WIDTH}
        height={SPARKLINE_HEIGHT}
        data={data}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <YAxis hide reversed={reversed} domain={['dataMin', 'dataMax']} />
        <Line
          type="monotone"
          dataKey="v"
          stroke={colour}
          strokeWidth={1.75}
          isAnimationActive={false}
          connectNulls={false}
          dot={(p: { cx?: number; cy?: number; index?: number }) =>
            p.index === last && p.cx !== undefined && p.cy !== undefined ? (
              <circle key="last" cx={p.cx} cy={p.cy} r={2.5} fill={colour} />
            ) : (
              <g key={p.index} />
            )
          }
        />
      </LineChart>
    </div>
  );
}
