import { describe, expect, it } from 'vitest';
import { auditWords, detailWords, eventLabel, objectWords } from './words';

const LATIN = /[A-Za-z]/;

describe('audit rows in Chinese', () => {
  it('translates the details written in English before, and words periods, instants, files and session ids', () => {
    expect(detailWords('wrong password')).toBe('密码错误');
    expect(detailWords('unknown user')).toBe('用户名不存在');
    expect(detailWords('account locked')).toBe('账号已锁定');
    expect(detailWords('no session')).toBe('未登录或会话已过期');
    expect(detailWords('role')).toBe('角色无此权限');
    expect(detailWords('must change password')).toBe('须先修改密码');
    expect(detailWords('locked until 2020-10-09T02:15:00.000Z')).toBe('锁定至2020年10月9日 10:15（北京时间）');
    expect(detailWords('locked until 2020-10-09T02:15:00.000Z (password change)')).toBe(
      '锁定至2020年10月9日 10:15（北京时间）（修改密码时输错当前密码）',
    );
    expect(detailWords('2020-10')).toBe('2020年10月');
    expect(detailWords('填报模板_2020年10月.xlsx')).toBe('文件“填报模板_2020年10月”（电子表格）');
    expect(detailWords('3fa9b0c1d2e4')).toBe('会话');
    expect(detailWords('限制期内另有 3 次登录请求被拒绝')).toBe('限制期内另有 3 次登录请求被拒绝');
  });
  it('names events, refused actions and pages; an unknown name is never shown raw', () => {
    expect(eventLabel('progress.submit')).toBe('提交填报');
    expect(eventLabel('audit:read')).toBe('安全审计');
    expect(eventLabel('something.new')).toBe('其他操作');
  });
  it('names objects and the scope of a refusal', () => {
    expect(objectWords({ action: 'progress.save', entityType: 'progress_entry', entityId: '12' })).toBe('填报条目 #12');
    expect(objectWords({ action: 'progress.import', entityType: 'period', entityId: '2020-10' })).toBe('统计期 2020年10月');
    expect(objectWords({ action: 'download.export.table', entityType: 'table', entityId: 'ranking-departments' })).toBe('表格');
    expect(objectWords({ action: 'settings.update', entityType: 'session', entityId: 'settings' })).toBe('会话设置');
    expect(
      objectWords({
        action: 'access.denied',
        entityType: 'progress.save',
        entityId: '{"indicatorId":7,"taskForceId":2,"competitionId":1}',
      }),
    ).toBe('操作：保存草稿；范围：指标7、专班2、竞赛1');
  });
  it('words a change field by field, with Chinese field names and values', () => {
    const w = auditWords({
      action: 'progress.submit',
      entityType: 'progress_entry',
      entityId: '5',
      before: { value: 10, workProgress: '', status: 'draft', version: 1, late: false },
      after: { value: 12, workProgress: '推进中', status: 'submitted', version: 2, late: false },
      detail: null,
    });
    expect(w.changes).toEqual(['数值：10 → 12', '工作进展：空 → 推进中', '状态：草稿 → 待审核', '版本：1 → 2']);
    expect(
      auditWords({
        action: 'user.role',
        entityType: 'user',
        entityId: '3',
        before: { role: 'lead' },
        after: { role: 'reviewer' },
        detail: null,
      }).changes,
    ).toEqual(['角色：专班填报员 → 审核员']);
    expect(
      auditWords({
        action: 'user.scopes',
        entityType: 'user',
        entityId: '3',
        before: ['taskForce:1'],
        after: ['competition:2', 'taskForce:1'],
        detail: null,
      }).changes,
    ).toEqual(['授权范围：专班1 → 竞赛2、专班1']);
    const period = auditWords({
      action: 'period.open',
      entityType: 'period',
      entityId: '11',
      before: null,
      after: { period: '2020-11', deadline: '2020-12-05T09:00:00.000Z' },
      detail: null,
    });
    expect(period.changes).toEqual(['统计期：2020年11月', '截止时间：2020年12月5日 17:00（北京时间）']);
    const county = auditWords(
      {
        action: 'county.save',
        entityType: 'indicator',
        entityId: '2',
        before: { '330802': null },
        after: { '330802': 31.5 },
        detail: '2020-09',
      },
      { region: (c) => (c === '330802' ? '柯城区' : undefined) },
    );
    expect(county).toEqual({ event: '录入县（市、区）数据', object: '指标 #2', detail: '2020年9月', changes: ['柯城区：空 → 31.5'] });
    for (const line of [...w.changes, ...period.changes, ...county.changes]) expect(line).not.toMatch(LATIN);
  });
});
