import { CompletionChart } from '@/components/charts/completion-chart';
import { completionChartHeight } from '@/components/charts/sizes';
import { ChartFrame } from '@/components/charts/chart-frame';
import { chartPalette } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import type { DashboardContext } from '@/db/queries/dashboard-context';
import type { CompletionBar } from '@/db/queries/competition-detail';
import { formatPercent, STATUS_LABELS } from '@/lib/format';

/** Chart: each task force's mean completion against the progress expected by now. */
export function CompletionPanel({ ctx, bars }: { ctx: DashboardContext; bars: CompletionBar[] }) {
  const palette = chartPalette(ctx.settings.colourScheme);
  const behind = bars.filter((b) => b.status === 'behind' || b.status === 'lagging').length;
  return (
    <Card className="p-4">
      <ChartFrame
        title="完成率与应完成进度"
        summary={`${bars.length}个专班中${behind}个慢于应完成进度。`}
        height={completionChartHeight(bars.length)}
        legend={[
          {
            label: `平均完成率（颜色与文字表示状态：${STATUS_LABELS.ahead}/${STATUS_LABELS.behind}/${STATUS_LABELS.lagging}）`,
            colour: palette.status.ahead,
          },
          { label: '应完成进度（序时进度或阶段性目标）', colour: palette.timeLine },
        ]}
        testId="completion-chart"
      >
        <CompletionChart
          data={bars.map((b) => ({ name: b.name, completion: b.completion, expected: b.expected, status: b.status }))}
          palette={palette}
        />
      </ChartFrame>
      <p className="sr-only">
        {bars
          .map(
            (b) => `${b.name}：平均完成率${formatPercent(b.completion)}，应完成${formatPercent(b.expected)}，${STATUS_LABELS[b.status]}。`,
          )
          .join('')}
      </p>
    </Card>
  );
}
