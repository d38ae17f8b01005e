/** 修订 on the rankings page: published and current rank side by side, with the 修订原因 of the corrections. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, publishedRecordOf } from '@/lib/metrics';
import { correctionWords, publicationView, type CorrectionInput } from './publication';
import { fixtureData, STRUCTURE } from './test-fixtures';

const data = fixtureData('2020-09');
const correction: CorrectionInput = {
  indicatorId: 301,
  period: '2020-09',
  at: '2020-10-09T06:30:00.000Z',
  by: '系统管理员',
  reason: '统计局核定数据有误',
  before: 1000,
  after: 0,
};

/** A record as published, with the ranks of task forces 11 and 21 swapped (as if corrected since). */
function publishedSwapped() {
  const record = publishedRecordOf(data.snapshot, DEFAULT_SETTINGS, []);
  const rankOf = new Map(record.taskForces.map((t) => [t.id, t.rank]));
  record.taskForces = record.taskForces.map((t) => ({
    ...t,
    rank: t.id === 11 ? rankOf.get(21)! : t.id === 21 ? rankOf.get(11)! : t.rank,
  }));
  return {
    version: 1,
    record: JSON.parse(JSON.stringify(record)) as unknown,
    publishedAt: '2020-10-09T02:00:00.000Z',
    publishedBy: '系统管理员',
  };
}

describe('correctionWords', () => {
  it('says why, what changed, who and when; a group without a correction of its own moved with the others', () => {
    expect(correctionWords([correction], STRUCTURE, '2020-09')).toBe(
      '原因：统计局核定数据有误（安全投入 1,000.0万元 → 0.0万元；系统管理员，10月9日 14:30）',
    );
    expect(correctionWords([{ ...correction, period: '2020-08' }], STRUCTURE, '2020-09')).toContain('安全投入2020年8月');
    expect(correctionWords([], STRUCTURE, '2020-09')).toBe('名次随其他数据的更正而变化');
  });
});

describe('publicationView', () => {
  it('shows each revised rank with the reason of the corrections of its own figures', () => {
    const view = publicationView([publishedSwapped()], data.snapshot, STRUCTURE, [correction])!;
    expect(view.summary).toContain('发布后有数据更正');
    const table = view.revisions!;
    expect(table.columns.map((c) => c.header)).toEqual(['类别', '名称', '名次', '发布时得分', '当前得分', '修订原因']);
    const row = (key: string) => table.rows[table.rowKeys!.indexOf(key)]!.map((c) => (c.kind === 'text' ? c.text : ''));
    expect(row('revision-task-force-11')[1]).toBe('安全生产专班');
    expect(row('revision-task-force-11')[5]).toContain('原因：统计局核定数据有误');
    expect(row('revision-task-force-21')[5]).toBe('名次随其他数据的更正而变化');
  });

  it('shows no 修订 table when the current ranks are the published ones', () => {
    const record = JSON.parse(JSON.stringify(publishedRecordOf(data.snapshot, DEFAULT_SETTINGS, []))) as unknown;
    const view = publicationView(
      [{ version: 1, record, publishedAt: '2020-10-09T02:00:00.000Z', publishedBy: null }],
      data.snapshot,
      STRUCTURE,
      [],
    )!;
    expect(view.revisions).toBeNull();
    expect(view.summary).toContain('发布后数据未更正');
  });
});
