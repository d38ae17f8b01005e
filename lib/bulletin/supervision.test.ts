import { describe, expect, it } from 'vitest';
import { fixtureWorkItem as item } from '@/lib/deck/place-fixtures';
import type { WorkItemInput } from '@/lib/views/work-item';
import { buildBulletin } from './generate';
import { fixtureBulletinInput } from './test-fixtures';

const section = (workItems: WorkItemInput[]) => buildBulletin(fixtureBulletinInput({ workItems })).sections[5]!;

describe('六、逾期督办事项', () => {
  it('lists the red items as of the period end, most overdue first, with owners and escalation; counts the yellow ones', () => {
    const s = section([
      item(1, '2020-09-20', 'in_progress'),
      item(2, '2020-08-15', 'not_started'),
      item(3, '2020-08-01', 'closed'),
      item(4, '2020-12-31', 'in_progress', '2020-09-10'),
    ]);
    expect(s.heading).toBe('六、逾期督办事项');
    const [p, table] = s.blocks;
    expect(p).toMatchObject({ type: 'p' });
    expect(p?.type === 'p' && p.text).toBe(
      '截至2020年9月30日，红色督办（逾期未销号）事项2项，其中逾期30天及以上、升级督办1项；黄色督办（节点滞后）事项1项。请责任单位对照时限倒排计划，完成后及时报请核实销号。',
    );
    expect(table?.type === 'table' && table.rows).toEqual([
      ['1', '督办事项2', '安全生产专班', '区发改局', '责任人2', '2020年8月15日', '46', '是'],
      ['2', '督办事项1', '安全生产专班', '区发改局', '责任人1', '2020年9月20日', '10', '否'],
    ]);
  });

  it('says so when nothing is overdue, without a table', () => {
    const s = section([item(3, '2020-08-01', 'closed')]);
    expect(s.blocks).toEqual([{ type: 'p', text: '截至2020年9月30日，无逾期未销号的督办事项；黄色督办（节点滞后）事项0项。' }]);
  });
});
