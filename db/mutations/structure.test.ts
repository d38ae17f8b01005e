/** The structure workbook round trip on the demo: export, import as a new campaign, compare; broken rows; update by name. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { campaigns } from '@/db/schema';
import { readStructureUpload } from '@/lib/excel/structure-read';
import { writeStructureWorkbook } from '@/lib/excel/structure-workbook';
import { planStructure } from '@/lib/structure/plan';
import { validateStructure } from '@/lib/structure/validate';
import { applyStructure, copyCampaignToYear, insertCampaign } from './structure';
import { readStructure } from './structure-snapshot';
import { recordingActor, refusal, seededWorld, type World } from './test-fixtures';

let w: World;
let demoId: number;
let bytes: Buffer;

beforeAll(async () => {
  w = seededWorld();
  demoId = w.db.select().from(campaigns).get()!.id;
  bytes = await writeStructureWorkbook(readStructure(w.db, demoId), '演示结构');
});

async function planOf(file: Uint8Array, campaignId: number | null, year = 2020) {
  const read = await readStructureUpload(file);
  if (!read.ok) throw new Error(read.message);
  return planStructure(validateStructure(read.sheets), readStructure(w.db, campaignId), year);
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

  it('updates an existing campaign by name and lists what changes', async () => {
    const changed = await edit(bytes, (wb) => {
      wb.getWorksheet('指标')!.getRow(2).getCell(6).value = 99999;
    });
    const plan = await planOf(changed, demoId);
    expect(plan.counts).toMatchObject({ add: 0, change: 1, error: 0 });
    expect(plan.rows.find((r) => r.status === 'change')).toMatchObject({ sheet: 'indicators', row: 2, changes: ['年度目标'] });
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
