/**
 * The single-item structure pages through the page: add a competition, task force and indicators,
 * edit an indicator, the phased-target grid, reorder, delete what is unused; delete refused for
 * what is referenced → archive → gone from the report page and the current ranking, present in a
 * past period → restore; the unit and people pages. Each test leaves the demo as it found it
 * (what it adds it deletes, what it archives it restores), so later specs see the demo unchanged.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { query } from './support/query';
import { callAction } from './support/actions';
import { listBuiltActions } from './support/build';
import { dataFingerprint } from './support/db';

const BASE = '/admin/campaigns/1/structure';
const LEAD = '蒋国强';
const one = <T>(sql: string, ...p: unknown[]) => query<T>(sql, ...p)[0]!;
const audits = (action: string) => one<{ n: number }>('select count(*) as n from audit_log where action = ?', action).n;
const notice = (page: Page, text: string | RegExp) => expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
const stateForm = (page: Page, what: string) => page.getByRole('form', { name: `${what}的归档与删除` });
/** Deletes through the row's own form; the row (and its notice) leaves the page. */
async function deleteRow(page: Page, what: string, sql: string) {
  await stateForm(page, what).getByRole('button', { name: '删除' }).click();
  await expect(stateForm(page, what)).toHaveCount(0);
  expect(one<{ n: number }>(sql).n).toBe(0);
}

const actionId = (name: string) => listBuiltActions().find((a) => a.name === name)!.id;

/**
 * Every figure write for an indicator of the archived task force, by direct call as the
 * administrator (who may write locked periods): refused in Chinese, nothing written.
 */
async function forgedWritesRefused(admin: Page, taskForceId: number) {
  const entry = one<{ id: number; version: number; indicator_id: number }>(
    "select e.id, e.version, e.indicator_id from progress_entries e join indicators i on i.id = e.indicator_id where i.task_force_id = ? and i.kind <> 'milestone' order by e.period desc limit 1",
    taskForceId,
  );
  const step = query<{ id: number }>(
    'select s.id from indicator_steps s join indicators i on i.id = s.indicator_id where i.task_force_id = ?',
    taskForceId,
  )[0];
  const ind = String(entry.indicator_id);
  const calls: [string, string, Record<string, unknown>][] = [
    ['/report', 'saveEntryAction', { indicatorId: ind, period: '2020-10', value: '1', version: '0', intent: 'submit' }],
    ['/report', 'saveEntryAction', { indicatorId: ind, period: '2020-08', value: '1', version: String(entry.version), intent: 'save' }],
    ['/report', 'saveCountyAction', { indicatorId: ind, period: '2020-10', county_330802: '1' }],
    ['/review', 'reviewEntryAction', { entryId: String(entry.id), version: String(entry.version), decision: 'approve' }],
    ['/review', 'bulkApproveAction', { entries: [`${entry.id}:${entry.version}`] }],
    ...(step
      ? [
          ['/report', 'setStepAction', { stepId: String(step.id), period: '2020-10', doneDate: '2020-10-01' }] as [
            string,
            string,
            Record<string, unknown>,
          ],
        ]
      : []),
  ];
  const before = dataFingerprint();
  for (const [path, name, body] of calls) {
    const text = await (await callAction(admin.request, path, actionId(name), [null, body])).text();
    expect(text, name).toContain('"code":"locked"');
    expect(text, name).toContain('所属的专班已归档');
  }
  expect(dataFingerprint()).toBe(before);
}

test('add a competition, task force and indicators; edit, grid, reorder; delete the unused ones', async ({ as }) => {
  test.setTimeout(120_000);
  const admin = await as('admin');
  await admin.goto(BASE);
  const add = admin.getByRole('form', { name: '添加竞赛' });
  await add.getByLabel('牵头部门').selectOption('新新街道');
  await add.getByRole('button', { name: '添加竞赛' }).click();
  await expect(add.getByRole('alert')).toContainText('竞赛名称不能为空，请填写');
  await expect(add.getByLabel('牵头部门')).toHaveValue('新新街道');
  await add.getByLabel('竞赛名称').fill('结构测试竞赛');
  await add.getByLabel('牵头领导').selectOption(LEAD);
  await add.getByRole('button', { name: '添加竞赛' }).click();
  await notice(admin, '已添加竞赛“结构测试竞赛”');
  const comp = one<{ id: number; short_name: string; lead_person_id: number; sort_order: number }>(
    "select * from competitions where name = '结构测试竞赛'",
  );
  expect(comp.short_name).toBe('结构测试竞赛');
  expect(one<{ name: string }>('select name from people where id = ?', comp.lead_person_id).name).toBe(LEAD);
  expect(audits('structure.competition_create')).toBeGreaterThanOrEqual(1);

  const block = admin.getByTestId(`competition-${comp.id}`);
  await block.getByRole('button', { name: '上移“结构测试竞赛”' }).click();
  await expect
    .poll(() => query<{ name: string }>('select name from competitions order by sort_order desc limit 2').map((r) => r.name)[0])
    .not.toBe('结构测试竞赛');
  await block.getByRole('button', { name: '下移“结构测试竞赛”' }).click();
  await expect
    .poll(() => one<{ name: string }>('select name from competitions order by sort_order desc limit 1').name)
    .toBe('结构测试竞赛');

  await block.getByRole('link', { name: '添加专班' }).click();
  const tfForm = admin.getByRole('form', { name: '添加专班' });
  await expect(tfForm.getByLabel('所属竞赛')).toHaveValue('结构测试竞赛');
  await tfForm.getByLabel('专班名称').fill('结构测试专班');
  await tfForm.getByLabel('目标', { exact: true }).fill('全年完成1200万元');
  await tfForm.getByRole('checkbox', { name: '新新街道' }).check();
  await tfForm.getByRole('checkbox', { name: '府山街道' }).check();
  await tfForm.getByRole('button', { name: '添加专班' }).click();
  await notice(admin, '已添加专班“结构测试专班”');
  const tf = one<{ id: number; competition_id: number }>("select * from task_forces where name = '结构测试专班'");
  expect(tf.competition_id).toBe(comp.id);
  expect(one<{ n: number }>('select count(*) as n from task_force_members where task_force_id = ?', tf.id).n).toBe(2);

  await admin.goto(`${BASE}/indicators/new?taskForce=${tf.id}`);
  const ind = admin.getByRole('form', { name: '添加指标' });
  await ind.getByLabel('指标名称').fill('结构测试累计');
  await ind.getByLabel('计量单位').fill('万元');
  await ind.getByRole('button', { name: '添加指标' }).click();
  await expect(ind.getByRole('alert')).toContainText('累计型指标须填年度目标');
  await expect(ind.getByLabel('指标名称')).toHaveValue('结构测试累计');
  await ind.getByLabel('年度目标').fill('1200');
  await ind.getByRole('button', { name: '添加指标' }).click();
  await notice(admin, '已添加指标“结构测试累计”');
  await ind.getByLabel('指标名称').fill('结构测试排名');
  await ind.getByLabel('类型').selectOption('rank');
  await ind.getByLabel('年度目标').fill('');
  await ind.getByLabel('目标排名').fill('3');
  await ind.getByLabel('计量单位').fill('名');
  await ind.getByRole('button', { name: '添加指标' }).click();
  await notice(admin, '已添加指标“结构测试排名”');
  const cum = one<{ id: number; annual_target: number; weight: number }>("select * from indicators where name = '结构测试累计'");
  const rank = one<{ id: number; target_rank: number; kind: string }>("select * from indicators where name = '结构测试排名'");
  expect(cum.annual_target).toBe(1200);
  expect(rank).toMatchObject({ kind: 'rank', target_rank: 3 });

  await admin.goto(BASE);
  await admin.getByRole('button', { name: '上移“结构测试排名”' }).click();
  await expect
    .poll(() =>
      query<{ name: string }>('select name from indicators where task_force_id = ? order by sort_order', tf.id).map((r) => r.name),
    )
    .toEqual(['结构测试排名', '结构测试累计']);

  await admin.goto(`${BASE}/indicators/${cum.id}`);
  const edit = admin.getByRole('form', { name: '修改指标' });
  await edit.getByLabel('权重').fill('2');
  await edit.getByLabel('县区比较').check();
  await edit.getByRole('button', { name: '保存指标' }).click();
  await notice(admin, '已保存指标“结构测试累计”');
  expect(one<{ weight: number; has_county_comparison: number }>('select * from indicators where id = ?', cum.id)).toMatchObject({
    weight: 2,
    has_county_comparison: 1,
  });

  await admin.goto(`${BASE}/task-forces/${tf.id}/targets`);
  const grid = admin.getByRole('form', { name: '阶段目标' });
  await grid.getByLabel('结构测试累计 6月').fill('六百');
  await grid.getByLabel('结构测试累计 12月').fill('1200');
  await grid.getByRole('button', { name: '保存阶段目标' }).click();
  await expect(grid.getByRole('alert')).toContainText('结构测试累计·2020年6月：阶段目标应为数字');
  await expect(grid.getByLabel('结构测试累计 6月')).toHaveValue('六百');
  await grid.getByLabel('结构测试累计 6月').fill('600');
  await grid.getByRole('button', { name: '保存阶段目标' }).click();
  await notice(admin, '已保存阶段目标：修改 2 处');
  expect(
    query<{ period: string; target: number }>('select period, target from phased_targets where indicator_id = ? order by period', cum.id),
  ).toEqual([
    { period: '2020-06', target: 600 },
    { period: '2020-12', target: 1200 },
  ]);
  await grid.getByLabel('结构测试累计 6月').fill('');
  await grid.getByLabel('结构测试累计 12月').fill('');
  await grid.getByRole('button', { name: '保存阶段目标' }).click();
  await notice(admin, '已保存阶段目标：修改 2 处');
  await expect.poll(() => one<{ n: number }>('select count(*) as n from phased_targets where indicator_id = ?', cum.id).n).toBe(0);

  await admin.goto(BASE);
  await admin.getByRole('form', { name: '专班“结构测试专班”的归档与删除' }).getByRole('button', { name: '删除' }).click();
  await expect(admin.getByRole('alert').filter({ hasText: '已有2个指标引用此专班，不能删除；可以归档' })).toBeVisible();
  for (const name of ['结构测试累计', '结构测试排名'])
    await deleteRow(admin, `指标“${name}”`, `select count(*) as n from indicators where name = '${name}'`);
  await deleteRow(admin, '专班“结构测试专班”', "select count(*) as n from task_forces where name = '结构测试专班'");
  await deleteRow(admin, '竞赛“结构测试竞赛”', "select count(*) as n from competitions where name = '结构测试竞赛'");
  expect(audits('structure.delete')).toBeGreaterThanOrEqual(4);
  expect(one<{ n: number }>('select count(*) as n from task_force_members where task_force_id = ?', tf.id).n).toBe(0);
});

test('a referenced task force cannot be deleted; archived it leaves the report page and the current ranking, not the past; restored it returns', async ({
  as,
}) => {
  const admin = await as('admin');
  const tf = one<{ id: number; name: string; competition_id: number }>("select * from task_forces where name = '专项债争取专班'");
  const used = one<{ id: number; name: string; n: number }>(
    'select i.id, i.name, count(e.id) as n from indicators i join progress_entries e on e.indicator_id = i.id where i.task_force_id = ? group by i.id order by i.id limit 1',
    tf.id,
  );
  await admin.goto(`${BASE}/indicators/${used.id}`);
  await expect(admin.getByText('目标调整请走“目标调整”')).toBeVisible();
  await expect(admin.getByRole('form', { name: '修改指标' }).getByLabel('年度目标')).toHaveCount(0);
  await admin.getByRole('link', { name: '去调整目标' }).click();
  await expect(admin).toHaveURL(new RegExp(`/indicators/${used.id}#target-change$`));
  await expect(admin.getByRole('heading', { name: /^调整(年度目标|目标排名)$/ })).toBeVisible();
  await admin.goto(`${BASE}/indicators/${used.id}`);
  const indState = stateForm(admin, `指标“${used.name}”`);
  await indState.getByRole('button', { name: '删除' }).click();
  await expect(indState.getByRole('alert')).toContainText(`已有${used.n}条报送记录`);
  await expect(indState.getByRole('alert')).toContainText('引用此指标，不能删除；可以归档');

  await admin.goto(`${BASE}/task-forces/${tf.id}`);
  const tfState = stateForm(admin, `专班“${tf.name}”`);
  await tfState.getByRole('button', { name: '删除' }).click();
  await expect(tfState.getByRole('alert')).toContainText('已有5个指标、2项督办事项引用此专班，不能删除；可以归档');
  await tfState.getByRole('button', { name: '改为归档' }).click();
  await notice(admin, '已归档专班“专项债争取专班”：自2020年9月起');
  expect(one<{ archived_from: string }>('select archived_from from task_forces where id = ?', tf.id).archived_from).toBe('2020-09');
  expect(one<{ n: number }>('select count(*) as n from task_forces where id = ?', tf.id).n).toBe(1);
  await forgedWritesRefused(admin, tf.id);

  await admin.goto('/report?period=2020-09');
  await expect(admin.getByLabel('专班（管理员可代填）').locator('option', { hasText: tf.name })).toHaveCount(0);
  await admin.goto(`/competitions/${tf.competition_id}?period=2020-09`);
  await expect(admin.getByRole('main')).not.toContainText(tf.name);
  await admin.goto(`/competitions/${tf.competition_id}?period=2020-08`);
  await expect(admin.getByRole('main')).toContainText(tf.name);
  await admin.goto(`${BASE}/indicators/new`);
  await expect(admin.getByLabel('所属专班').locator('option', { hasText: tf.name })).toHaveCount(0);

  await admin.goto(`${BASE}/task-forces/${tf.id}`);
  await admin.getByRole('button', { name: '恢复' }).click();
  await notice(admin, '已恢复专班“专项债争取专班”');
  expect(one<{ archived_from: string | null }>('select archived_from from task_forces where id = ?', tf.id).archived_from).toBeNull();
  await admin.goto(`/competitions/${tf.competition_id}?period=2020-09`);
  await expect(admin.getByRole('main')).toContainText(tf.name);
});

test('units and people: add, edit, refuse what is wrong, delete the unused, archive and restore the used', async ({ as }) => {
  const admin = await as('admin');
  await admin.goto('/admin/units');
  const add = admin.getByRole('form', { name: '添加单位' });
  await add.getByLabel('单位名称').fill('结构测试街道');
  await add.getByLabel('区划代码').fill('330802999');
  await add.getByRole('button', { name: '添加单位' }).click();
  await expect(add.getByRole('alert')).toContainText('部门不填区划代码');
  await expect(add.getByLabel('单位名称')).toHaveValue('结构测试街道');
  await add.getByLabel('类型').selectOption('township');
  await add.getByRole('button', { name: '添加单位' }).click();
  await notice(admin, '已添加单位“结构测试街道”');
  const unit = one<{ id: number; kind: string; region_code: string }>("select * from units where name = '结构测试街道'");
  expect(unit).toMatchObject({ kind: 'township', region_code: '330802999' });
  await admin.goto(`/admin/units/${unit.id}`);
  await admin.getByLabel('简称').fill('结构');
  await admin.getByRole('button', { name: '保存单位' }).click();
  await notice(admin, '已保存单位“结构测试街道”');
  expect(one<{ short_name: string }>('select short_name from units where id = ?', unit.id).short_name).toBe('结构');

  await admin.goto('/admin/people');
  const person = admin.getByRole('form', { name: '添加人员' });
  await person.getByLabel('姓名').fill('结构测试人');
  await person.getByLabel('职务').fill('副区长');
  await person.getByLabel('所在单位').selectOption('结构测试街道');
  await person.getByRole('button', { name: '添加人员' }).click();
  await notice(admin, '已添加人员“结构测试人”');
  expect(one<{ unit_id: number }>("select unit_id from people where name = '结构测试人'").unit_id).toBe(unit.id);
  const lead = one<{ name: string }>(
    'select p.name from people p where exists (select 1 from competitions c where c.lead_person_id = p.id) or exists (select 1 from task_forces t where t.lead_person_id = p.id) order by p.id limit 1',
  ).name;
  await admin
    .getByRole('form', { name: `人员“${lead}”的归档与删除` })
    .getByRole('button', { name: '删除' })
    .click();
  await expect(admin.getByRole('alert').filter({ hasText: '引用此人员，不能删除；可以归档' })).toContainText('竞赛或专班的牵头设置');
  await deleteRow(admin, '人员“结构测试人”', "select count(*) as n from people where name = '结构测试人'");

  await admin.goto('/admin/units');
  await admin.getByRole('form', { name: '单位“新新街道”的归档与删除' }).getByRole('button', { name: '删除' }).click();
  const refusal = admin.getByRole('alert').filter({ hasText: '引用此单位，不能删除；可以归档' });
  await expect(refusal).toContainText('指标的责任单位');
  await refusal.getByRole('button', { name: '改为归档' }).click();
  await notice(admin, '已归档单位“新新街道”');
  await admin.goto(`${BASE}/indicators/new`);
  await expect(admin.getByLabel('责任单位').locator('option', { hasText: '新新街道' })).toHaveCount(0);
  await admin.goto('/admin/units');
  await admin.getByRole('form', { name: '单位“新新街道”的归档与删除' }).getByRole('button', { name: '恢复' }).click();
  await notice(admin, '已恢复单位“新新街道”');
  expect(one<{ archived_from: string | null }>("select archived_from from units where name = '新新街道'").archived_from).toBeNull();
  await deleteRow(admin, '单位“结构测试街道”', "select count(*) as n from units where name = '结构测试街道'");
});
