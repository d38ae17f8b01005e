import { describe, expect, it } from 'vitest';
import {
  completenessNote,
  completenessText,
  COUNTY_STANDING_LABELS,
  DIRECTION_LABELS,
  ENTRY_STATUS_LABELS,
  KIND_LABELS,
  STATUS_ICONS,
  STATUS_LABELS,
  SUPERVISE_LABELS,
  type StatusKey,
} from './status';

const STATUS_KEYS: StatusKey[] = ['ahead', 'behind', 'lagging', 'no_data', 'done', 'overdue', 'not_due'];
const FORBIDDEN = /NaN|Infinity|undefined|null/;

function expectComplete(map: Record<string, string>, keys: readonly string[]): void {
  expect(Object.keys(map).sort()).toEqual([...keys].sort());
  for (const k of keys) {
    expect(map[k]?.trim()).toBeTruthy();
    expect(map[k]).not.toMatch(FORBIDDEN);
  }
}

describe('label maps', () => {
  it('STATUS_LABELS is complete and exact', () => {
    expectComplete(STATUS_LABELS, STATUS_KEYS);
    expect(STATUS_LABELS).toEqual({
      ahead: '达到序时',
      behind: '略滞后',
      lagging: '严重滞后',
      no_data: '未报送',
      done: '已完成',
      overdue: '已逾期',
      not_due: '未到期',
    });
    expect(new Set(Object.values(STATUS_LABELS)).size).toBe(STATUS_KEYS.length);
  });

  it('STATUS_ICONS is complete with distinct shapes per family', () => {
    expectComplete(STATUS_ICONS, STATUS_KEYS);
    const schedule = [STATUS_ICONS.ahead, STATUS_ICONS.behind, STATUS_ICONS.lagging, STATUS_ICONS.no_data];
    const milestone = [STATUS_ICONS.done, STATUS_ICONS.overdue, STATUS_ICONS.not_due];
    expect(new Set(schedule).size).toBe(schedule.length);
    expect(new Set(milestone).size).toBe(milestone.length);
  });

  it('ENTRY_STATUS_LABELS is complete and exact', () => {
    expectComplete(ENTRY_STATUS_LABELS, ['draft', 'submitted', 'approved', 'returned']);
    expect(ENTRY_STATUS_LABELS).toEqual({
      draft: '草稿',
      submitted: '待审核',
      approved: '已通过',
      returned: '已退回',
    });
  });

  it('KIND_LABELS is complete and exact', () => {
    expectComplete(KIND_LABELS, ['cumulative', 'level', 'milestone', 'rank']);
    expect(KIND_LABELS).toEqual({
      cumulative: '累计型',
      level: '时点/比率型',
      milestone: '节点型',
      rank: '排名型',
    });
  });

  it('DIRECTION_LABELS is complete and exact', () => {
    expectComplete(DIRECTION_LABELS, ['higher', 'lower']);
    expect(DIRECTION_LABELS).toEqual({ higher: '越高越好', lower: '越低越好' });
  });
});

describe('completeness, county standing and 督办 labels', () => {
  it('says how much of a round is in, and adds the caveat only when it is incomplete', () => {
    expect(completenessText({ submitted: 26, due: 190 })).toBe('已报送26/190项');
    expect(completenessNote({ submitted: 26, due: 190, complete: false })).toBe('已报送26/190项，排名仅供参考');
    expect(completenessNote({ submitted: 173, due: 190, complete: true })).toBeNull();
  });
  it('names the thirds and the three 督办 colours in words', () => {
    expect(COUNTY_STANDING_LABELS).toEqual({ top: '全市排名前三分之一', bottom: '全市排名后三分之一' });
    expect(Object.keys(SUPERVISE_LABELS)).toEqual(['red', 'yellow', 'blue']);
    for (const label of Object.values(SUPERVISE_LABELS)) expect(label).toMatch(/^[红黄蓝]色督办（.+）$/);
  });
});

describe('status icons never read as a rank move', () => {
  it('no schedule status uses the movement arrows ▲ ▼', () => {
    for (const key of STATUS_KEYS) expect(STATUS_ICONS[key]).not.toMatch(/[▲▼]/);
  });
});
