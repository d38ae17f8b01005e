import type { Metadata } from 'next';
import { PageTitle } from '@/components/dashboard/page-title';
import { TownshipVillages } from '@/components/villages/township-villages';
import { VillageComparison } from '@/components/villages/village-comparison';
import { VillageGroups } from '@/components/villages/village-groups';
import { listVillageFigures, listVillages } from '@/db/queries/villages';
import { requirePermission } from '@/lib/auth/session';
import { tablePage, type QueryParams } from '@/lib/views/paging';
import { townshipVillages, villageComparison, villageGroups } from '@/lib/views/villages';
import { VILLAGE_WORDS } from '@/lib/views/village-words';

export const metadata: Metadata = { title: '村庄经营' };

/** Villages in one page of a township's list. */
const LIST_PAGE = 50;
/** Villages in one page of the comparison table. */
const RANKING_PAGE = 30;

export default async function VillagesPage({ searchParams }: { searchParams: Promise<QueryParams> }) {
  await requirePermission('dashboard:read');
  const params = await searchParams;
  const rows = listVillages();
  const approved = listVillageFigures({ statuses: ['approved'] });
  const comparison = villageComparison(rows, approved);
  const asked = typeof params.township === 'string' ? params.township : undefined;
  const township = asked && /^[1-9]\d{0,8}$/.test(asked) ? townshipVillages(rows, Number(asked)) : null;
  return (
    <div className="space-y-5">
      <PageTitle title={VILLAGE_WORDS.title}>{VILLAGE_WORDS.intro}</PageTitle>
      <VillageComparison
        view={comparison}
        page={tablePage('village-ranking', comparison.villages.length, RANKING_PAGE, {
          path: '/villages',
          params,
          anchor: 'village-ranking',
        })}
      />
      {township && (
        <TownshipVillages
          view={township}
          page={tablePage('villages', township.villages.length, LIST_PAGE, { path: '/villages', params, anchor: 'village-list' })}
        />
      )}
      {asked !== undefined && !township && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {VILLAGE_WORDS.noTownship}
        </p>
      )}
      <VillageGroups groups={villageGroups(rows)} />
    </div>
  );
}
