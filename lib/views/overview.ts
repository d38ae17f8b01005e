/** The overview 总览: headline tiles and one card per competition. */
import { foldStatusCounts, headlineFigures, type FoldedCounts } from '@/lib/metrics';
import { COUNTY_STANDING_LABELS, formatNumber, formatPercent, formatPeriodZh, formatRank, STATUS_ICONS } from '@/lib/format';
import { rankingCaveat, withPeriod, type DashboardData } from './context';
import { groupProgressView, type GroupProgressView } from './group-progress';
import { personLabel, unitLabel } from './structure';

export type TileTone = 'plain' | 'ahead' | 'behind' | 'lagging' | 'nodata' | 'brand';

export interface StatTileView {
  /** Test hook: `stat-<key>`. */
  key: string;
  label: string;
  value: string;
  detail: string;
  icon?: string;
  tone: TileTone;
}

export interface HeadlineView {
  tiles: StatTileView[];
  /** '已报送26/190项，排名仅供参考' while the round is incomplete. */
  caveat: string | null;
}

/**
 * The headline of the period: time progress, indicators by status and the district's standing
 * among the counties (headlineFigures: thirds of the counties compared), and the county moves —
 * '—' where no indicator has a previous county rank (a campaign's first period).
 */
export function headlineView({ ctx, snapshot }: DashboardData): HeadlineView {
  const { counts: c, county } = headlineFigures(snapshot.indicators);
  const moved = snapshot.indicators.some((i) => i.countyMovement !== null);
  return {
    caveat: rankingCaveat(snapshot),
    tiles: [
      {
        key: 'time-progress',
        label: '序时进度',
        value: formatPercent(snapshot.timeProgress),
        detail: `${formatPeriodZh(ctx.period)}末`,
        tone: 'brand',
      },
      { key: 'ahead', label: '达到序时', icon: STATUS_ICONS.ahead, value: String(c.ahead), detail: `共${c.total}个指标`, tone: 'ahead' },
      {
        key: 'behind',
        label: '略滞后',
        icon: STATUS_ICONS.behind,
        value: String(c.behind),
        detail: `容差${formatNumber(ctx.settings.tolerancePp, 0)}个百分点内`,
        tone: 'behind',
      },
      { key: 'lagging', label: '严重滞后', icon: STATUS_ICONS.lagging, value: String(c.lagging), detail: '含逾期节点', tone: 'lagging' },
      {
        key: 'no-data',
        label: '未报送',
        icon: STATUS_ICONS.no_data,
        value: String(c.noData),
        detail: c.pending ? `其中待审核${c.pending}个` : '无待审核',
        tone: 'nodata',
      },
      {
        key: 'county-top',
        label: COUNTY_STANDING_LABELS.top,
        value: String(county.top),
        detail: `共${county.compared}个指标比较`,
        tone: 'plain',
      },
      { key: 'county-bottom', label: COUNTY_STANDING_LABELS.bottom, value: String(county.bottom), detail: '计入弱项', tone: 'plain' },
      {
        key: 'county-moves',
        label: '全市排名较上期',
        value: moved ? `▲${county.up} ▼${county.down}` : '—',
        detail: moved ? `上升${county.up}个 下降${county.down}个` : '本期无上期排名可比',
        tone: 'plain',
      },
    ],
  };
}

export interface CompetitionCardView {
  id: number;
  name: string;
  href: string;
  leader: string | null;
  unit: string | null;
  taskForceCount: number;
  score: string;
  /** '第3名/8'. */
  rank: string;
  movement: number | null;
  progress: CardProgress;
  counts: FoldedCounts;
}

/** What a card draws of its group's progress: the figures and words, the bar's fractions to 1/10,000. */
export type CardProgress = Omit<GroupProgressView, 'sentence' | 'tone'>;

const barFraction = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

function cardProgress(p: GroupProgressView): CardProgress {
  return {
    status: p.status,
    label: p.label,
    value: p.value,
    completion: barFraction(p.completion),
    expected: barFraction(p.expected),
    expectedText: p.expectedText,
    gap: p.gap,
  };
}

/** One card per competition, in the campaign's order, each judged against its own 应完成 line. */
export function competitionCards({ ctx, structure: s, snapshot }: DashboardData): CompetitionCardView[] {
  const byId = new Map(snapshot.competitions.map((c) => [c.id, c]));
  return s.competitions.flatMap((c) => {
    const r = byId.get(c.id);
    if (!r) return [];
    return [
      {
        id: c.id,
        name: c.name,
        href: withPeriod(`/competitions/${c.id}`, ctx.period),
        leader: personLabel(s, c.leadPersonId),
        unit: unitLabel(s, c.leadUnitId),
        taskForceCount: r.taskForceIds.length,
        score: formatNumber(r.score, 1),
        rank: formatRank(r.rank, snapshot.competitions.length),
        movement: r.movement,
        progress: cardProgress(groupProgressView(r.progress)),
        counts: foldStatusCounts(r.counts),
      },
    ];
  });
}
