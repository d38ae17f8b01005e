import type { Metadata } from 'next';
import { PageTitle } from '@/components/dashboard/page-title';
import { VillageComparison } from '@/components/villages/village-comparison';
import { VillageGroups } from '@/components/villages/village-groups';
import { listVillageFigures, listVillages } from '@/db/queries/villages';
import { requirePermission } from '@/lib/auth/session';
import { villageComparison, villageGroups } from '@/lib/views/villages';
import { VILLAGE_WORDS } from '@/lib/views/village-words';

export const metadata: Metadata = { title: '村庄经营' };

export default async function VillagesPage() {
  await requirePermission('dashboard:read');
  const rows = listVillages();
  const approved = listVillageFigures({ statuses: ['approved'] });
  return (
    <div className="space-y-5">
      <PageTitle title={VILLAGE_WORDS.title}>{VILLAGE_WORDS.intro}</PageTitle>
      <VillageComparison view={villageComparison(rows, approved)} />
      <VillageGroups groups={villageGroups(rows)} />
    </div>
  );
}
