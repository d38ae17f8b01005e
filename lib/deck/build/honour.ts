import { groupHonourLists, type ListEntry } from '@/lib/metrics';
import { formatNumber } from '@/lib/format';
import { DECK_TEXT, DEFAULT_TITLES } from '../labels';
import { cap, deckCompleteness } from '../measures';
import type { HonourRow, HonourSlide } from '../types';
import { titleOr, type BuildContext } from './context';

export const HONOUR_LIMIT = 8;

/** 红榜 and 黄榜 of the task forces, by the campaign's rule (lib/metrics groupHonourLists on the snapshot's ranks). */
export function buildHonour({ idx, spec, number }: BuildContext): HonourSlide {
  const { snapshot, settings } = idx.src;
  const results = new Map(snapshot.taskForces.map((t) => [t.id, t]));
  const lists = groupHonourLists(snapshot.taskForces, settings);
  const rows = (entries: ListEntry[]): HonourRow[] =>
    entries.flatMap((e) => {
      const tf = idx.taskForce.get(e.item);
      const comp = tf ? idx.competition.get(tf.competitionId) : undefined;
      if (!tf || !comp) return [];
      return [
        {
          id: tf.id,
          name: tf.name,
          competition: comp.shortName,
          leadUnit: idx.unitName(tf.leadUnitId),
          score: e.score,
          rank: e.rank,
          movement: results.get(tf.id)?.movement ?? null,
        },
      ];
    });
  const red = rows(lists.red);
  const yellow = rows(lists.yellow);
  const completeness = deckCompleteness(snapshot.completeness);
  const names = (list: HonourRow[]) => (list.length ? list.map((r) => `${r.name}（${formatNumber(r.score)}分）`).join('、') : '无');
  return {
    kind: 'honour',
    number,
    title: titleOr(spec, DEFAULT_TITLES.honour),
    notes: spec.notes,
    summary:
      `${DECK_TEXT.red}${red.length}个：${names(red)}。${DECK_TEXT.yellow}${yellow.length}个：${names(yellow)}。` +
      (completeness.note ? `${completeness.note}。` : ''),
    red: cap(red, HONOUR_LIMIT),
    yellow: cap(yellow, HONOUR_LIMIT),
    rule: { size: settings.honourListSize, warningBelow: settings.warningScoreBelow },
    completeness,
  };
}
