/**
 * Run by the benchmark over DATABASE_URL: the district's structure workbook (the campaign's whole
 * structure exported as the admin downloads it) imported as a new campaign, against reading the
 * same file with ExcelJS alone. The import is what 确认导入 does: the file guards and read, every
 * row validated, the plan, and the writes in one transaction (rolled back after each run, so every
 * run imports into the same database), as the action runs it. Prints one JSON line: rows, bytes,
 * median parse and import ms.
 */
import ExcelJS from 'exceljs';

async function main() {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 3) || 3;
  const { getDb } = await import('../../db');
  const { getActiveCampaign } = await import('../../db/queries/campaign');
  const { readStructure } = await import('../../db/mutations/structure-snapshot');
  const { applyStructure, insertCampaign } = await import('../../db/mutations/structure');
  const { writeStructureWorkbook } = await import('../../lib/excel/structure-workbook');
  const { readStructureUpload } = await import('../../lib/excel/structure-read');
  const { validateStructure } = await import('../../lib/structure/validate');
  const { planStructure } = await import('../../lib/structure/plan');
  const db = getDb();
  const campaign = getActiveCampaign();
  const bytes = new Uint8Array(await writeStructureWorkbook(readStructure(db, campaign.id), campaign.name));
  const year = campaign.year;
  const actor = { user: { id: 0 } as never, now: new Date(), audit: () => undefined };
  const parse = async () => {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  };
  let rows = 0;
  const importOnce = async () => {
    const read = await readStructureUpload(bytes);
    if (!read.ok) throw new Error(read.message);
    rows = Object.values(read.sheets).reduce((n, sheet) => n + sheet.length, 0);
    const plan = planStructure(validateStructure(read.sheets), readStructure(db, null), year);
    if (plan.counts.error > 0) throw new Error(`${plan.counts.error} row errors`);
    const rollback = new Error('rollback');
    try {
      db.$client.transaction(() => {
        const created = insertCampaign(db, actor, { name: `${campaign.name}（基准）`, year, regionName: '柯城区', regionCode: '330802' });
        applyStructure(db, actor, created, plan, 'bench.xlsx');
        throw rollback;
      })();
    } catch (e) {
      if (e !== rollback) throw e;
    }
  };
  const median = async (f: () => Promise<void>) => {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      await f();
      if (i > 0) times.push(performance.now() - t0); // the first run warms modules and JIT
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  };
  const parseMs = await median(parse);
  const importMs = await median(importOnce);
  console.log(JSON.stringify({ rows, bytes: bytes.byteLength, parseMs, importMs }));
}

void main();
