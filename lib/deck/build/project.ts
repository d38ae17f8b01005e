import { formatAmount, formatPercent } from '@/lib/format';
import { investmentProgress } from '@/lib/metrics';
import { projectFigureView, projectView, type ProjectInput } from '@/lib/views/projects';
import type { ProjectSlide, SlideChart } from '../place-types';
import { titleOr, type BuildContext } from './context';
import { capRows, oneSeriesChart, placesOf } from './places';

export const PROJECT_STEPS = 6;
export const PROJECT_FIGURES = 6;
export const PROJECT_CHARTS = 2;

/** 计划投资 vs 累计完成投资 (万元), when both are known. */
function investmentChart(row: ProjectInput): SlideChart | null {
  const { plannedInvestment: planned, completedInvestment: done } = row.project;
  if (planned === null || done === null) return null;
  const progress = investmentProgress(planned, done);
  const bars = [
    { label: '计划投资', value: planned, text: formatAmount(planned, '万元') },
    { label: '累计完成投资', value: done, text: formatAmount(done, '万元') },
  ];
  const summary = `${bars.map((b) => `${b.label}${b.text}`).join('，')}${progress === null ? '' : `，完成${formatPercent(progress)}`}`;
  return oneSeriesChart({ id: 'investment', title: '投资进度', unit: '万元', type: 'bar', summary }, '投资额（万元）', bars);
}

const isMoney = (unit: string) => /元$/.test(unit);

/** The approved figures sharing a unit, two or more of them, as one chart per unit: amounts of money first, then most figures. */
function figureCharts(row: ProjectInput): SlideChart[] {
  const byUnit = new Map<string, ProjectInput['figures']>();
  for (const f of row.figures) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  return [...byUnit.entries()]
    .filter(([, figs]) => figs.length >= 2)
    .sort((a, b) => Number(isMoney(b[0])) - Number(isMoney(a[0])) || b[1].length - a[1].length)
    .map(([unit, figs]) => {
      const bars = figs.map((f) => ({ label: f.name, value: f.value, text: projectFigureView(f).value }));
      return oneSeriesChart(
        {
          id: `figures-${unit}`,
          title: `主要数据（${unit}）`,
          unit,
          type: 'bar',
          summary: bars.map((b) => `${b.label}${b.text}`).join('；'),
        },
        unit,
        bars,
      );
    });
}

/** One 重点项目 as of the meeting period's end: facts, the milestone timeline with late flags, approved figures and charts. */
export function buildProject(ctx: BuildContext): ProjectSlide {
  const id = ctx.spec.projectId ?? null;
  const found = placesOf(ctx).projects.find((p) => p.project.id === id);
  if (!found) throw new Error(`重点项目页所选的项目（编号 ${id ?? '空'}）不存在。`);
  const row = { ...found, figures: found.figures.filter((f) => f.status === 'approved') };
  const view = projectView(row, ctx.meeting.period);
  const charts = [investmentChart(row), ...figureCharts(row)].filter((c): c is SlideChart => c !== null).slice(0, PROJECT_CHARTS);
  const facts = [
    { label: '业主单位', value: view.owner },
    { label: '用地', value: view.land },
    { label: '计划投资', value: view.planned },
    { label: '累计完成投资', value: view.completed },
    { label: '投资完成率', value: view.progress },
    ...(view.phase ? [{ label: '阶段', value: view.phase }] : []),
    ...(view.taskForce ? [{ label: '牵头专班', value: view.taskForce.name }] : []),
  ];
  return {
    kind: 'project',
    number: ctx.number,
    title: titleOr(ctx.spec, view.name),
    notes: ctx.spec.notes,
    summary: `${view.name}：计划投资${view.planned}，累计完成投资${view.completed}；节点${view.steps.length}个，其中滞后${view.lateSteps}个。`,
    projectId: view.id,
    name: view.name,
    facts,
    steps: capRows(
      view.steps.map(({ key, title, planned, actual, stateLabel, late, state }) => ({
        key,
        title,
        planned,
        actual,
        stateLabel,
        late,
        state,
      })),
      PROJECT_STEPS,
    ),
    figures: capRows(
      view.figures.map(({ key, name, value, asOf }) => ({ key, name, value, asOf })),
      PROJECT_FIGURES,
    ),
    charts,
    demo: view.demo,
  };
}
