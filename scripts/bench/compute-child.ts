/**
 * Run by the benchmark under the react-server condition over DATABASE_URL: the median time of
 * computing the current period's structure and snapshot (rankings of every level) from the
 * database, the derived-data cache emptied before each run, and how much it read: indicators and
 * the year's entries. Prints one JSON line.
 */
async function main() {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 5) || 5;
  const { getActiveCampaign } = await import('../../db/queries/campaign');
  const { invalidateDerived } = await import('../../db/queries/cache');
  const { getPeriodSnapshot } = await import('../../db/queries/snapshot');
  const { getCampaignStructure } = await import('../../db/queries/structure');
  const { getDb } = await import('../../db');
  const campaign = getActiveCampaign();
  const countEntries = (year: number) =>
    (getDb().$client.prepare('SELECT count(*) AS n FROM progress_entries WHERE period LIKE ?').get(`${year}-%`) as { n: number }).n;
  const times: number[] = [];
  let size = { indicators: 0, entries: 0 };
  for (let i = 0; i <= runs; i++) {
    invalidateDerived();
    const t0 = performance.now();
    getCampaignStructure(campaign.id);
    const snapshot = getPeriodSnapshot(campaign, campaign.currentPeriod);
    if (i > 0) times.push(performance.now() - t0); // the first run warms modules and JIT
    size = { indicators: snapshot.indicators.length, entries: countEntries(campaign.year) };
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ snapshotMs: times[Math.floor(times.length / 2)], ...size }));
}

void main();
