import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readVillageUpload, validateVillageImport, type VillageImportContext } from './village-import';
import { buildVillageTemplate, VILLAGE_FIRST_ROW } from './village-template';

const rows = [
  {
    ventureId: 3,
    metricId: 7,
    venture: '茶叶：高山茶',
    metric: '茶青市场收购价',
    unit: '元/公斤',
    value: null,
    qualifier: null,
    note: null,
    editable: true,
  },
  {
    ventureId: 3,
    metricId: 8,
    venture: '茶叶：高山茶',
    metric: '带动增收茶农',
    unit: '户',
    value: 50,
    qualifier: '多',
    note: null,
    editable: false,
  },
];

function context(over: Partial<VillageImportContext> = {}): VillageImportContext {
  return {
    villageId: 1,
    village: '双溪村',
    period: '2020',
    isAdmin: false,
    pairs: new Map([
      ['3|7', { venture: '茶叶：高山茶', metric: '茶青市场收购价', unit: '元/公斤', figure: null }],
      [
        '3|8',
        {
          venture: '茶叶：高山茶',
          metric: '带动增收茶农',
          unit: '户',
          figure: { value: 50, qualifier: '多', note: null, status: 'approved', version: 1, printed: '带动了村里50多户茶农增收' },
        },
      ],
    ]),
    ...over,
  };
}

async function filled(edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildVillageTemplate({ villageId: 1, village: '双溪村', period: '2020', rows })) as unknown as ArrayBuffer);
  edit(wb.getWorksheet('经营数据')!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the village Excel round-trip', () => {
  it('a filled value becomes an update; an untouched source figure is unchanged', async () => {
    const bytes = await filled((ws) => {
      ws.getCell(VILLAGE_FIRST_ROW, 6).value = '４０';
      ws.getCell(VILLAGE_FIRST_ROW, 7).value = '约';
    });
    const read = await readVillageUpload(bytes);
    expect(read.ok).toBe(true);
    const preview = validateVillageImport(read.ok ? read.sheet : (null as never), context());
    expect(preview.ok && preview.counts).toEqual({ update: 1, unchanged: 1, error: 0 });
    expect(preview.ok && preview.rows[0]).toMatchObject({
      status: 'update',
      before: '未填',
      after: '约40元/公斤',
      write: { value: 40, qualifier: '约' },
    });
  });

  it('row errors: a formula, an unknown qualifier, a change to the source page’s figure', async () => {
    const bytes = await filled((ws) => {
      ws.getCell(VILLAGE_FIRST_ROW, 6).value = { formula: '1+1' } as ExcelJS.CellFormulaValue;
      ws.getCell(VILLAGE_FIRST_ROW + 1, 6).value = 55;
      ws.getCell(VILLAGE_FIRST_ROW + 1, 7).value = '大概';
    });
    const read = await readVillageUpload(bytes);
    const preview = validateVillageImport(read.ok ? read.sheet : (null as never), context());
    expect(preview.ok && preview.rows.map((r) => [r.status, r.errors.join('')])).toEqual([
      ['error', expect.stringContaining('公式')],
      ['error', expect.stringContaining('约数用词“大概”无效')],
    ]);
  });

  it('another village’s or period’s file is refused whole', async () => {
    const read = await readVillageUpload(await filled(() => {}));
    expect(validateVillageImport(read.ok ? read.sheet : (null as never), context({ villageId: 2, village: '花岭村' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('双溪村'),
    });
    expect(validateVillageImport(read.ok ? read.sheet : (null as never), context({ period: '2019' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('2020'),
    });
  });

  it('not a workbook: the upload guard’s own message', async () => {
    const read = await readVillageUpload(new TextEncoder().encode('%PDF-1.4 not a sheet'));
    expect(read).toMatchObject({ ok: false });
  });
});
