import { ChartFrame } from '@/components/charts/chart-frame';
import { ShareChart, StoryBarChart } from '@/components/charts/lazy';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { ShareChart as ShareView, StoryChart, VillageDetailView } from '@/lib/views/village-detail';

const SIDE_COLOURS = { ours: '#1f4e8c', after: '#1f4e8c', market: '#94a3b8', before: '#94a3b8' } as const;
const SLICE_COLOURS = ['#1f4e8c', '#cbd5e1'];
const AXIS = '#374151';
const GRID = '#e5e7eb';

const SIDE_WORDS = { ours: '本村（运营后）', market: '对比（市场价或运营前）', before: '增收前', after: '增收后' } as const;

function BarsChart({ chart }: { chart: StoryChart }) {
  const sides = [...new Set(chart.bars.map((b) => b.side))];
  return (
    <ChartFrame
      title={chart.title}
      summary={chart.summary}
      height={Math.max(110, chart.bars.length * 34 + 36)}
      testId={`chart-${chart.id}`}
      legend={sides.map((s) => ({ label: SIDE_WORDS[s], colour: SIDE_COLOURS[s] }))}
    >
      <StoryBarChart data={chart.bars.map((b) => ({ ...b, colour: SIDE_COLOURS[b.side] }))} unit={chart.unit} axis={AXIS} grid={GRID} />
    </ChartFrame>
  );
}

function RingChart({ chart }: { chart: ShareView }) {
  const slices = chart.slices.map((s, i) => ({ ...s, colour: SLICE_COLOURS[i % SLICE_COLOURS.length]! }));
  return (
    <ChartFrame
      title={chart.title}
      summary={chart.summary}
      height={170}
      testId={`chart-${chart.id}`}
      legend={slices.map((s) => ({
        label: s.text.startsWith(s.label) ? s.text : `${s.label} ${s.text}`,
        colour: s.colour,
        shape: 'dot' as const,
      }))}
    >
      <ShareChart data={slices} />
    </ChartFrame>
  );
}

/** The village's story in charts; a chart appears only when its figures are in (and approved). */
export function VillageStory({ view }: { view: VillageDetailView }) {
  const bars = [...view.prices, ...(view.income ? [view.income] : []), ...view.trends];
  const rings = [...view.outputs, ...view.shares];
  if (bars.length === 0 && rings.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>经营成效</CardTitle>
        <span className="text-xs text-slate-600">按已审核数据绘制；约数（近、余、多、以上）按报道数字绘制并注明原文</span>
      </CardHeader>
      <CardContent className="grid gap-5 xl:grid-cols-2">
        {bars.map((c) => (
          <BarsChart key={c.id} chart={c} />
        ))}
        {rings.map((c) => (
          <RingChart key={c.id} chart={c} />
        ))}
      </CardContent>
    </Card>
  );
}
