/** The text slides of a report deck: cover, 弱项与原因, 下步打算, 需协调事项 (texts as prepared). */
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { weakRows } from '../measures';
import { DECK_TEXT } from '../labels';
import { indexSource } from '../source';
import type { MeetingSpec } from '../types';
import type { ReportSource, ReportTexts } from './source';
import { reportTaskForces } from './texts';
import type { ReportCoordinationSlide, ReportCoverSlide, ReportNextSlide, ReportWeakSlide, TextGroup } from './types';

type Unnumbered<T> = Omit<T, 'number'>;

export const REPORT_WEAK_LIMIT = 6;

export const NO_COORDINATION = '暂无需区级层面协调解决的事项。';

function competitionOf(src: ReportSource) {
  const c = src.deck.structure.competitions.find((x) => x.id === src.competitionId);
  if (!c) throw new Error(`竞赛（编号 ${src.competitionId}）不属于本活动。`);
  return c;
}

/** The competition's name as its report deck is titled. */
export function reportCompetitionName(src: ReportSource): string {
  return competitionOf(src).name;
}

/** 封面: competition, lead leader and unit, meeting date, period. */
export function buildReportCover(src: ReportSource, meeting: MeetingSpec): Unnumbered<ReportCoverSlide> {
  const c = competitionOf(src);
  const idx = indexSource(src.deck);
  const periodLabel = DECK_TEXT.periodSituation(formatPeriodZh(meeting.period));
  const leader = idx.personLabel(c.leadPersonId);
  const leadUnit = idx.unitName(c.leadUnitId);
  return {
    kind: 'report-cover',
    title: `${c.name}工作汇报`,
    notes: '',
    summary: `${c.name}工作汇报，${leadUnit ?? ''}，${formatDateZh(meeting.meetingDate)}，汇报${periodLabel}。`,
    campaignLabel: DECK_TEXT.campaign(src.deck.campaign.year, src.deck.campaign.name),
    competition: c.name,
    leader,
    leadUnit,
    meetingTitle: meeting.title,
    dateLabel: formatDateZh(meeting.meetingDate),
    periodLabel,
  };
}

function groups(src: ReportSource, texts: Record<string, string>): TextGroup[] {
  return reportTaskForces(src).map((t) => ({ taskForceId: t.id, taskForce: t.name, text: (texts[String(t.id)] ?? '').trim() }));
}

/** 弱项与原因: the competition's weak items (lib/metrics weakestFirst) and the task forces' 存在问题. */
export function buildReportWeak(src: ReportSource, texts: ReportTexts): Unnumbered<ReportWeakSlide> {
  const idx = indexSource(src.deck);
  const tfIds = reportTaskForces(src).map((t) => t.id);
  const rows = weakRows(idx, idx.resultsOf(tfIds));
  const problems = groups(src, texts.problems).filter((g) => g.text);
  return {
    kind: 'report-weak',
    title: '弱项与原因分析',
    notes: '',
    summary: `弱项指标${rows.length}项` + (rows.length ? `：${rows.map((r) => `${r.name}（${r.reason}）`).join('、')}` : '') + '。',
    rows: rows.slice(0, REPORT_WEAK_LIMIT).map((r) => ({
      indicatorId: r.indicatorId,
      name: r.name,
      taskForce: r.taskForce,
      status: r.status,
      gap: r.gap,
      reason: r.reason,
    })),
    more: Math.max(0, rows.length - REPORT_WEAK_LIMIT),
    problems,
  };
}

/** 下步打算, grouped by task force. */
export function buildReportNext(src: ReportSource, texts: ReportTexts): Unnumbered<ReportNextSlide> {
  const all = groups(src, texts.nextSteps);
  return {
    kind: 'report-next',
    title: '下步打算',
    notes: '',
    summary:
      all
        .filter((g) => g.text)
        .map((g) => `${g.taskForce}：${g.text}`)
        .join('；') || '各专班暂未填写下步打算。',
    groups: all,
  };
}

/** 需协调事项. */
export function buildReportCoordination(texts: ReportTexts): Unnumbered<ReportCoordinationSlide> {
  const text = texts.coordination.trim() || NO_COORDINATION;
  return { kind: 'report-coordination', title: '需协调事项', notes: '', summary: text, text };
}
