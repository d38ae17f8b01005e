import { CompletionChart } from '@/components/charts/lazy';
import { completionChartHeight } from '@/components/charts/sizes';
import { ChartFrame } from '@/components/charts/chart-frame';
import { chartPalette, type ColourScheme } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import { STATUS_LABELS } from '@/lib/format';
import type { CompletionBarView } from '@/lib/views/group-progress';

/** Chart: each task force's mean completion against its 应完成 line, with the readings in text beneath. */
export function CompletionPanel({ scheme, bars, summary }: { scheme: ColourScheme; bars: CompletionBarView[]; summary: string }) {
  const palette = chartPalette(scheme);
  return (
    <Card className="p-4">
      <ChartFrame
        title="累计型指标平均完成率与应完成进度"
        summary={summary}
        height={completionChartHeight(bars.length)}
        legend={[
          {
            label: `平均完成率（只计越高越好的累计型指标；颜色与文字表示状态：${STATUS_LABELS.ahead}/${STATUS_LABELS.behind}/${STATUS_LABELS.lagging}）`,
            colour: palette.status.ahead,
          },
          { label: '应完成进度（阶段性目标或序时进度）', colour: palette.timeLine },
        ]}
        testId="completion-chart"
      >
        <CompletionChart data={bars} palette={palette} />
      </ChartFrame>
      <ul className="sr-only" data-testid="completion-readings">
        {bars.map((b) => (
          <li key={b.key} data-testid={`reading-${b.key}`}>
            {b.sentence}
          </li>
        ))}
      </ul>
    </Card>
  );
}
