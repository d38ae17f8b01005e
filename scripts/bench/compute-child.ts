/**
 * Run by the benchmark under the react-server condition over DATABASE_URL: the median time of
 * computing the current period's structure and snapshot (rankings of every level) from the
 * database, the derived-data cache emptied before each run. Prints one JSON line.
 */
async function main() {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 5) || 5;
  const { getActiveCampaign } = await import('../../db/queries/campaign');
  const { invalidateDerived } = await import('../../db/queries/cache');
  const { getPeriodSnapshot } = await import('../../db/queries/snapshot');
  const { getCampaignStructure } = await import('../../db/queries/structure');
  const campaign = getActiveCampaign();
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    invalidateDerived();
    const t0 = performance.now();
    getCampaignStructure(campaign.id);
    getPeriodSnapshot(campaign, campaign.currentPeriod);
    if (i > 0) times.push(performance.now() - t0); // the first run warms modules and JIT
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ snapshotMs: times[Math.floor(times.length / 2)] }));
}

void main();
