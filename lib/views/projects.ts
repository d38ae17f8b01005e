/**
 * 重点项目: the list of projects and one project's page — owner, land, planned and completed
 * investment, phases, the linked task force, the milestone timeline with planned vs actual dates
 * and late flags as of the selected period's end, and the progress figures (招商完成率 …). Pure.
 */
import type { Project, ProjectFigure, ProjectMilestone } from '@/db/schema';
import { formatAmount, formatAsEntered, formatLooseDate, formatPercent, formatQualified, MILESTONE_STATE_LABELS } from '@/lib/format';
import { investmentProgress, isMonthOnly, periodEndDate, timeline, type MilestoneState } from '@/lib/metrics';
import { FIGURE_STATUS_WORDS } from './village-figures';

export interface ProjectInput {
  project: Project;
  taskForce: { id: number; name: string } | null;
  milestones: ProjectMilestone[];
  figures: ProjectFigure[];
}

/** A date as the source words it: the page's label for a month-only date ("2020年8月", "9月初"), else the date. */
export function milestoneDate(date: string | null, label: string | null): string {
  if (!date) return '—';
  return label && isMonthOnly(date) ? label : formatLooseDate(date);
}

export interface TimelineStepView {
  id: number;
  key: string;
  title: string;
  phase: string | null;
  planned: string;
  actual: string;
  state: MilestoneState;
  stateLabel: string;
  late: boolean;
  evidence: string | null;
}

/** The dated steps of a project or a work item. */
export interface StepInput {
  id: number;
  title: string;
  plannedDate: string | null;
  actualDate: string | null;
  dateLabel: string | null;
  evidence: string | null;
  phase?: string | null;
}

/** Each step with its state and late flag as of `asOf` (lib/metrics timeline) and its dates in words. */
export function timelineSteps(milestones: StepInput[], asOf: string): TimelineStepView[] {
  return timeline(milestones, asOf).map(({ milestone: m, state, late }) => ({
    id: m.id,
    key: `milestone-${m.id}`,
    title: m.title,
    phase: m.phase ?? null,
    planned: milestoneDate(m.plannedDate, m.actualDate ? null : m.dateLabel),
    actual: milestoneDate(m.actualDate, m.dateLabel),
    state,
    stateLabel: MILESTONE_STATE_LABELS[state],
    late,
    evidence: m.evidence,
  }));
}

export interface ProjectFigureView {
  key: string;
  name: string;
  value: string;
  asOf: string;
  quote: string | null;
  note: string | null;
  status: string;
  pending: boolean;
}

export function projectFigureView(f: ProjectFigure): ProjectFigureView {
  return {
    key: `project-figure-${f.id}`,
    name: f.name,
    value: formatQualified(f.value, f.unit, f.qualifier),
    asOf: /^\d{4}$/.test(f.asOf) ? `${f.asOf}年全年` : `截至${formatLooseDate(f.asOf)}`,
    quote: f.printed,
    note: f.note,
    status: FIGURE_STATUS_WORDS[f.status],
    pending: f.status === 'submitted',
  };
}

export interface ProjectView {
  id: number;
  href: string;
  name: string;
  owner: string;
  land: string;
  planned: string;
  completed: string;
  progress: string;
  phase: string | null;
  taskForce: { name: string; href: string } | null;
  description: string | null;
  steps: TimelineStepView[];
  lateSteps: number;
  figures: ProjectFigureView[];
  demo: boolean;
}

/** One project as of the end of `period`; figures are those given (approved and awaiting review). */
export function projectView(row: ProjectInput, period: string): ProjectView {
  const p = row.project;
  const steps = timelineSteps(row.milestones, periodEndDate(period));
  const progress = investmentProgress(p.plannedInvestment, p.completedInvestment);
  return {
    id: p.id,
    href: `/projects/${p.id}?period=${period}`,
    name: p.name,
    owner: p.ownerEnterprise,
    land: formatAsEntered(p.landMu, '亩'),
    planned: formatAmount(p.plannedInvestment, '万元'),
    completed:
      p.completedInvestment === null
        ? '未填报'
        : `${formatAmount(p.completedInvestment, '万元')}${p.completedInvestmentAsOf ? `（截至${formatLooseDate(p.completedInvestmentAsOf)}）` : ''}`,
    progress: progress === null ? '—' : formatPercent(progress),
    phase: p.phase,
    taskForce: row.taskForce ? { name: row.taskForce.name, href: `/task-forces/${row.taskForce.id}?period=${period}` } : null,
    description: p.description,
    steps,
    lateSteps: steps.filter((s) => s.late).length,
    figures: row.figures.map(projectFigureView),
    demo: p.isDemo,
  };
}
