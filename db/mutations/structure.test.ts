/** The structure workbook round trip on the demo: export, import as a new campaign, compare; broken rows; update by name. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, campaigns, indicators, targetChanges, taskForces } from '@/db/schema';
import { readStructureUpload } from '@/lib/excel/structure-read';
import { writeStructureWorkbook } from '@/lib/excel/structure-workbook';
import { planStructure } from '@/lib/structure/plan';
import { validateStructure } from '@/lib/structure/validate';
import { applyStructure, copyCampaignToYear, insertCampaign } from './structure';
import { readImportBase, readStructure } from './structure-snapshot';
import { recordingActor, refusal, seededWorld, type World } from './test-fixtures';

let w: World;
let demoId: number;
let bytes: Buffer;
/** The campaign imported from the demo's export (no entries). */
let copyId: number;

beforeAll(async () => {
  w = seededWorld();
  demoId = w.db.select().from(campaigns).get()!.id;
  bytes = await writeStructureWorkbook(readStructure(w.db, demoId), '演示结构');
});

async function planOf(file: Uint8Array, campaignId: number | null, year = 2020) {
  const read = await readStructureUpload(file);
  if (!read.ok) throw new Error(read.message);
  return planStructure(validateStructure(read.sheets), readImportBase(w.db, campaignId), year);
}

async function edit(file: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('structure workbook', () => {
  it('has the sheets with Chinese headers and drop-down lists', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['说明', '竞赛', '专班', '指标', '阶段目标', '节点', '单位', '人员']);
    expect(wb.getWorksheet('指标')!.getRow(1).getCell(3).value).toBe('类型');
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet4.xml')!.async('string');
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="C2:C2000"><formula1>&quot;累计型,时点型,节点型,排名型&quot;<\/formula1>/);
    expect(sheet).toContain('<formula1>&apos;单位&apos;!$A$2:$A$2000</formula1>');
  });

  it('imports the exported demo as a new campaign with the same structure, field by field', async () => {
    const plan = await planOf(bytes, null);
    expect(plan.counts.error).toBe(0);
    expect(plan.bySheet.units.same).toBeGreaterThan(40);
    expect(plan.bySheet.taskForces.add).toBe(40);
    const actor = recordingActor(w.admin);
    const c = insertCampaign(w.db, actor, { name: '导入副本', year: 2020, regionName: '柯城区', regionCode: '330802' });
    applyStructure(w.db, actor, c, plan, 'x.xlsx');
    copyId = c.id;
    const copy = readStructure(w.db, c.id);
    const demo = readStructure(w.db, demoId);
    expect(copy).toEqual(demo);
    expect(copy.phasedTargets.length).toBeGreaterThan(0);
    expect(copy.steps.length).toBeGreaterThan(0);
    const again = await planOf(bytes, c.id);
    expect(again.counts).toMatchObject({ add: 0, change: 0, error: 0 });
    expect(actor.rows.map((r) => r.action)).toEqual(['campaign.create', 'structure.import']);
  });

  it('reports exactly the broken rows, and refuses to write any of the file', async () => {
    const broken = await edit(bytes, (wb) => {
      wb.getWorksheet('指标')!.getRow(3).getCell(3).value = '百分比型';
      wb.getWorksheet('专班')!.getRow(2).getCell(3).value = null;
      wb.getWorksheet('阶段目标')!.getRow(2).getCell(3).value = '六月';
    });
    const plan = await planOf(broken, null);
    expect(plan.rows.filter((r) => r.status === 'error').map((r) => [r.sheet, r.row, r.errors])).toEqual([
      ['taskForces', 2, ['目标：目标不能为空，请填写']],
      ['indicators', 3, ['类型：类型应为 累计型、时点型、节点型、排名型 之一，请从下拉列表中选择']],
      ['phasedTargets', 2, ['统计期：统计期应写成 2020-06 或 2020年6月']],
    ]);
    const actor = recordingActor(w.admin);
    const c = insertCampaign(w.db, actor, { name: '不应写入', year: 2020, regionName: '柯城区', regionCode: '330802' });
    expect(refusal(() => applyStructure(w.db, actor, c, plan, 'x.xlsx')).message).toContain('有 3 行存在错误');
    expect(readStructure(w.db, c.id).competitions).toEqual([]);
  });

  it('updates an existing campaign by name: a target of a never-reported indicator changes freely', async () => {
    const changed = await edit(bytes, (wb) => {
      wb.getWorksheet('指标')!.getRow(2).getCell(6).value = 99999;
    });
    const plan = await planOf(changed, copyId);
    expect(plan.counts).toMatchObject({ add: 0, change: 1, error: 0 });
    expect(plan.rows.find((r) => r.status === 'change')).toMatchObject({ sheet: 'indicators', row: 2, changes: ['年度目标'] });
    expect(plan.targetChanges).toEqual([]);
    const c = w.db.select().from(campaigns).where(eq(campaigns.id, copyId)).get()!;
    applyStructure(w.db, recordingActor(w.admin), c, plan, 'x.xlsx');
    expect(readStructure(w.db, copyId).indicators[0]!.annualTarget).toBe(99999);
  });

  it('changes the target of a reported indicator only as 目标调整: a reason, one history and one audit row each', async () => {
    const demo = w.db.select().from(campaigns).where(eq(campaigns.id, demoId)).get()!;
    const first = readStructure(w.db, demoId).indicators[0]!;
    const changed = await edit(bytes, (wb) => {
      wb.getWorksheet('指标')!.getRow(2).getCell(6).value = 99999;
    });
    const plan = await planOf(changed, demoId);
    expect(plan.counts).toMatchObject({ add: 0, change: 1, error: 0 });
    expect(plan.targetChanges).toEqual([
      { taskForce: first.taskForce, indicator: first.name, field: 'annualTarget', period: null, from: first.annualTarget, to: 99999 },
    ]);
    const refused = refusal(() => applyStructure(w.db, recordingActor(w.admin), demo, plan, 'x.xlsx', ' '));
    expect(refused.fieldErrors).toHaveProperty('targetReason');
    expect(refused.message).toContain('请填写调整理由');
    expect(readStructure(w.db, demoId).indicators[0]!.annualTarget).toBe(first.annualTarget);
    const actor = recordingActor(w.admin);
    applyStructure(w.db, actor, demo, plan, 'x.xlsx', '区委常委会调整');
    expect(readStructure(w.db, demoId).indicators[0]!.annualTarget).toBe(99999);
    const history = w.db.select().from(targetChanges).all();
    expect(history).toMatchObject([{ field: 'annualTarget', oldValue: first.annualTarget, newValue: 99999, reason: '区委常委会调整' }]);
    expect(actor.rows.map((r) => r.action)).toEqual(['indicator.target', 'structure.import']);
    expect(w.db.select().from(auditLog).all()).toEqual([]);
  });

  it('changes or adds a reported indicator’s phased target only as 目标调整, a never-reported one’s plainly', async () => {
    const demo = w.db.select().from(campaigns).where(eq(campaigns.id, demoId)).get()!;
    const p = readStructure(w.db, demoId).phasedTargets[0]!;
    const taken = new Set(
      readStructure(w.db, demoId)
        .phasedTargets.filter((t) => t.indicator === p.indicator)
        .map((t) => t.period),
    );
    const free = ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-07', '2020-08', '2020-10', '2020-11'].find(
      (m) => !taken.has(m),
    )!;
    const changed = await edit(bytes, (wb) => {
      const sheet = wb.getWorksheet('阶段目标')!;
      sheet.getRow(2).getCell(4).value = p.target + 1;
      sheet.addRow([p.taskForce, p.indicator, free, 77]);
    });
    const plan = await planOf(changed, demoId);
    // The file also sets back the annual target the test before changed (one more 目标调整).
    expect(plan.counts).toMatchObject({ add: 1, change: 2, error: 0 });
    const phased = [
      { taskForce: p.taskForce, indicator: p.indicator, field: 'phasedTarget', period: p.period, from: p.target, to: p.target + 1 },
      { taskForce: p.taskForce, indicator: p.indicator, field: 'phasedTarget', period: free, from: null, to: 77 },
    ];
    expect(plan.targetChanges.filter((c) => c.field === 'phasedTarget')).toEqual(phased);
    expect(plan.rows.filter((r) => r.sheet === 'phasedTargets' && r.target).map((r) => r.status)).toEqual(['change', 'add']);
    expect(plan.writes.phasedTargets).toEqual([]);
    expect(refusal(() => applyStructure(w.db, recordingActor(w.admin), demo, plan, 'x.xlsx', '')).fieldErrors).toHaveProperty(
      'targetReason',
    );
    const actor = recordingActor(w.admin);
    applyStructure(w.db, actor, demo, plan, 'x.xlsx', '年中调度会调整');
    const now = readStructure(w.db, demoId).phasedTargets.filter((t) => t.indicator === p.indicator && t.taskForce === p.taskForce);
    expect(now.find((t) => t.period === p.period)!.target).toBe(p.target + 1);
    expect(now.find((t) => t.period === free)!.target).toBe(77);
    const history = w.db.select().from(targetChanges).where(eq(targetChanges.field, 'phasedTarget')).all();
    expect(history).toMatchObject([
      { period: p.period, oldValue: p.target, newValue: p.target + 1, reason: '年中调度会调整', changedBy: w.admin.id },
      { period: free, oldValue: null, newValue: 77, reason: '年中调度会调整' },
    ]);
    expect(actor.rows.map((r) => r.action)).toEqual([
      'indicator.target',
      'indicator.phased_target',
      'indicator.phased_target',
      'structure.import',
    ]);

    // The copy has no entries: the same file writes its phased targets plainly, without history.
    const copy = w.db.select().from(campaigns).where(eq(campaigns.id, copyId)).get()!;
    const plain = await planOf(changed, copyId);
    expect(plain.targetChanges).toEqual([]);
    expect(plain.writes.phasedTargets.length).toBe(2);
    applyStructure(w.db, recordingActor(w.admin), copy, plain, 'x.xlsx');
    expect(readStructure(w.db, copyId).phasedTargets.find((t) => t.indicator === p.indicator && t.period === free)!.target).toBe(77);
    // The earlier annual change, this file's annual target set back, its two phased changes: none from the copy.
    expect(w.db.select().from(targetChanges).all()).toHaveLength(4);
  });

  it('does not add again what is archived under its name, nor change a reported indicator’s kind', async () => {
    const tf = w.db
      .select()
      .from(taskForces)
      .where(eq(taskForces.name, readStructure(w.db, demoId).taskForces[1]!.name))
      .get()!;
    w.db.update(taskForces).set({ archivedFrom: '2020-09' }).where(eq(taskForces.id, tf.id)).run();
    const kindChanged = await edit(bytes, (wb) => {
      wb.getWorksheet('指标')!.getRow(2).getCell(3).value = '时点型';
    });
    const plan = await planOf(kindChanged, demoId);
    const errors = plan.rows.filter((r) => r.status === 'error');
    expect(errors.find((r) => r.sheet === 'taskForces')!.errors).toEqual([
      `“${tf.name}”是已归档的专班，不能作为新增导入。请先在活动结构页面恢复它，或从文件中删去这一行，再重新上传预览。`,
    ]);
    expect(errors.find((r) => r.sheet === 'indicators' && r.row === 2)!.errors).toEqual([
      '类型：此指标已有报送记录，类型不能修改，请改回原类型',
    ]);
    w.db.update(taskForces).set({ archivedFrom: null }).where(eq(taskForces.id, tf.id)).run();
    expect(w.db.select().from(indicators).where(eq(indicators.taskForceId, tf.id)).all().length).toBeGreaterThan(0);
  });

  it('copies a year into the next: structure kept, targets carried over (moved a year) or blank, the old year untouched', () => {
    const demo = w.db.select().from(campaigns).where(eq(campaigns.id, demoId)).get()!;
    const before = readStructure(w.db, demoId);
    const entries = w.db.$client.prepare('select count(*) as n from progress_entries').get();
    const carried = copyCampaignToYear(w.db, recordingActor(w.admin), demo, { name: demo.name, year: 2021, targets: 'carry' });
    const blank = copyCampaignToYear(w.db, recordingActor(w.admin), demo, { name: '空白目标', year: 2021, targets: 'blank' });
    expect(readStructure(w.db, demoId)).toEqual(before);
    expect(w.db.$client.prepare('select count(*) as n from progress_entries').get()).toEqual(entries);
    const c = readStructure(w.db, carried.id);
    expect(c.indicators).toEqual(before.indicators);
    expect(c.phasedTargets).toEqual(before.phasedTargets.map((p) => ({ ...p, period: p.period.replace(/^2020/, '2021') })));
    expect(c.steps.map((s) => s.plannedDate)).toEqual(
      before.steps.map((s) => s.plannedDate.replace(/^2020/, '2021').replace('2021-02-29', '2021-02-28')),
    );
    const b = readStructure(w.db, blank.id);
    expect(b.taskForces).toEqual(before.taskForces);
    expect(b.indicators.every((i) => i.annualTarget === null && i.targetRank === null)).toBe(true);
    expect(b.phasedTargets).toEqual([]);
    expect(w.db.select().from(campaigns).where(eq(campaigns.id, carried.id)).get()).toMatchObject({ year: 2021, settings: demo.settings });
  });
});
