import { describe, expect, it } from 'vitest';
import type { PeriodSnapshot } from '@/lib/metrics';
import { settingsPreview } from './settings-preview';

const snap = (rows: [number, number | null, number | null][]) =>
  ({
    period: '2020-09',
    taskForces: rows.map(([id, score, rank]) => ({ id, score, rank, competitionId: 1 })),
  }) as unknown as PeriodSnapshot;
const names = new Map([
  [1, '甲专班'],
  [2, '乙专班'],
  [3, '丙专班'],
]);

describe('settingsPreview', () => {
  it('lists the task forces whose rank or shown score changes, by their new rank, with the move in words', () => {
    const before = snap([
      [1, 110, 1],
      [2, 100, 2],
      [3, 90.04, 3],
    ]);
    const after = snap([
      [1, 95, 2],
      [2, 100, 1],
      [3, 90.01, 3],
    ]);
    expect(settingsPreview(before, after, names)).toEqual({
      summary: '2020年9月：按新设置，3个专班中有2个排名变化、2个排名或得分变化。',
      rows: [
        { taskForce: '乙专班', rankBefore: '第2名', rankAfter: '第1名', scoreBefore: '100.0', scoreAfter: '100.0', move: '▲ 上升1位' },
        { taskForce: '甲专班', rankBefore: '第1名', rankAfter: '第2名', scoreBefore: '110.0', scoreAfter: '95.0', move: '▼ 下降1位' },
      ],
    });
  });

  it('says when nothing changes, and shows a missing score or rank as a dash', () => {
    const same = snap([[1, null, null]]);
    expect(settingsPreview(same, same, names)).toEqual({ summary: '2020年9月：按新设置，1个专班的排名和得分均无变化。', rows: [] });
    const p = settingsPreview(snap([[1, null, null]]), snap([[1, 80, 1]]), names);
    expect(p.rows[0]).toMatchObject({ rankBefore: '—', scoreBefore: '—', rankAfter: '第1名', scoreAfter: '80.0', move: '' });
  });
});
