/**
 * 预览排名变化: what changed settings would do to the task-force ranking of a period, as the
 * settings page shows it — the task forces whose rank or score would change, current → new. Both
 * snapshots come from lib/metrics computeSnapshot (the current settings and the typed ones); this
 * module only compares and words them.
 */
import { formatNumber, formatPeriodZh } from '@/lib/format';
import type { PeriodSnapshot } from '@/lib/metrics';

/** The words of the preview panel. */
export const PREVIEW_TEXT = {
  button: '预览排名变化',
  period: '预览统计期',
  noPeriod: '还没有开放的统计期，暂无可预览的排名。',
  pending: '正在计算…',
  hint: '按上面填写的设置（未保存）重算所选统计期的专班排名，不会保存任何内容。',
  failed: '预览失败：网络中断或服务器暂不可用，请稍后重试。',
  headers: ['专班', '当前排名', '新设置下排名', '升降', '当前得分', '新设置下得分'],
} as const;

export interface SettingsPreviewRow {
  taskForce: string;
  rankBefore: string;
  rankAfter: string;
  scoreBefore: string;
  scoreAfter: string;
  /** ▲ / ▼ with the places, or '' when the rank stays. */
  move: string;
}

export interface SettingsPreview {
  /** "2020年9月：按新设置，40个专班中有3个排名变化、12个得分变化。" */
  summary: string;
  rows: SettingsPreviewRow[];
}

const rankWords = (r: number | null) => (r === null ? '—' : `第${r}名`);
const scoreWords = (s: number | null) => (s === null ? '—' : formatNumber(s, 1));

function moveWords(before: number | null, after: number | null): string {
  if (before === null || after === null || before === after) return '';
  return after < before ? `▲ 上升${before - after}位` : `▼ 下降${after - before}位`;
}

/**
 * The task forces of `before` whose rank or shown score (0.1) differs in `after`, by their rank
 * under the new settings (then the current rank, then name); `names` names them.
 */
export function settingsPreview(before: PeriodSnapshot, after: PeriodSnapshot, names: ReadonlyMap<number, string>): SettingsPreview {
  const next = new Map(after.taskForces.map((t) => [t.id, t]));
  const pairs = before.taskForces.map((b) => ({ b, a: next.get(b.id)! })).filter((p) => p.a);
  const rankChanged = pairs.filter((p) => p.a.rank !== p.b.rank).length;
  const changed = pairs.filter((p) => p.a.rank !== p.b.rank || scoreWords(p.a.score) !== scoreWords(p.b.score));
  changed.sort((x, y) => (x.a.rank ?? 1e9) - (y.a.rank ?? 1e9) || (x.b.rank ?? 1e9) - (y.b.rank ?? 1e9));
  const summary =
    changed.length === 0
      ? `${formatPeriodZh(before.period)}：按新设置，${pairs.length}个专班的排名和得分均无变化。`
      : `${formatPeriodZh(before.period)}：按新设置，${pairs.length}个专班中有${rankChanged}个排名变化、${changed.length}个排名或得分变化。`;
  return {
    summary,
    rows: changed.map(({ a, b }) => ({
      taskForce: names.get(b.id) ?? '',
      rankBefore: rankWords(b.rank),
      rankAfter: rankWords(a.rank),
      scoreBefore: scoreWords(b.score),
      scoreAfter: scoreWords(a.score),
      move: moveWords(b.rank, a.rank),
    })),
  };
}
