/**
 * The report's text slides: pre-filled from the entries' 存在问题 / 下步打算 / 工作进展 of the
 * meeting period, replaced by what the presenter saved for the meeting.
 */
import type { ReportSource, ReportTexts } from './source';

type TextField = 'workProgress' | 'problems' | 'nextSteps';

/** Each task force's entries' texts of `field` in the round (the evaluated period of each indicator), distinct, run together. */
export function entryTextsByTaskForce(src: ReportSource, field: TextField): Map<number, string> {
  const effective = new Map(src.deck.snapshot.indicators.map((r) => [r.id, r.evaluation.effectivePeriod ?? src.deck.snapshot.period]));
  const out = new Map<number, string[]>();
  for (const ind of src.indicators) {
    const period = effective.get(ind.id) ?? src.deck.snapshot.period;
    const t = src.texts.find((x) => x.indicatorId === ind.id && x.period === period)?.[field].trim();
    const list = out.get(ind.taskForceId) ?? [];
    if (t && !list.includes(t)) list.push(t);
    out.set(ind.taskForceId, list);
  }
  return new Map([...out].map(([k, v]) => [k, v.join('')]));
}

/** The competition's task forces in display order. */
export function reportTaskForces(src: ReportSource) {
  return src.deck.structure.taskForces.filter((t) => t.competitionId === src.competitionId);
}

/** The texts as the entries give them (before any preparation). */
export function prefilledTexts(src: ReportSource): ReportTexts {
  const next = entryTextsByTaskForce(src, 'nextSteps');
  const problems = entryTextsByTaskForce(src, 'problems');
  const tfs = reportTaskForces(src);
  return {
    nextSteps: Object.fromEntries(tfs.map((t) => [String(t.id), next.get(t.id) ?? ''])),
    problems: Object.fromEntries(tfs.map((t) => [String(t.id), problems.get(t.id) ?? ''])),
    coordination: '',
  };
}

/** The prepared texts where saved, the pre-filled ones elsewhere (a task force added since keeps its entries' texts). */
export function resolveTexts(src: ReportSource, saved: ReportTexts | null): ReportTexts {
  const pre = prefilledTexts(src);
  if (!saved) return pre;
  const pick = (a: Record<string, string>, b: Record<string, string>) =>
    Object.fromEntries(Object.keys(a).map((k) => [k, typeof b[k] === 'string' ? b[k] : a[k]!]));
  return {
    nextSteps: pick(pre.nextSteps, saved.nextSteps ?? {}),
    problems: pick(pre.problems, saved.problems ?? {}),
    coordination: typeof saved.coordination === 'string' ? saved.coordination : '',
  };
}
