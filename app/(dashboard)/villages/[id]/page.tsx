import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/dashboard/page-title';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { OperatorList } from '@/components/villages/operator-list';
import { VentureFigures } from '@/components/villages/venture-figures';
import { VillageStory } from '@/components/villages/village-story';
import { parseId } from '@/db/queries/dashboard-context';
import { getVillageEntry, getVillageRow, listVillageFigures } from '@/db/queries/villages';
import { requirePermission } from '@/lib/auth/session';
import { villageDetail } from '@/lib/views/village-detail';
import { villageEntryView } from '@/lib/views/village-entry';
import { VillageEntryPanel } from './entry-panel';
import { VillageExcelPanel } from './excel-panel';
import { VILLAGE_WORDS } from '@/lib/views/village-words';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await requirePermission('dashboard:read');
  const id = parseId((await params).id);
  const row = id === null ? null : getVillageRow(id);
  return { title: row ? row.village.name : '未找到' };
}

export default async function VillagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('dashboard:read');
  const id = parseId((await params).id);
  const row = id === null ? null : getVillageRow(id);
  if (!row) notFound();
  const ventureIds = row.operators.flatMap((o) => o.ventures.map((v) => v.id));
  const shown = listVillageFigures({ ventureIds, statuses: ['approved', 'submitted'] });
  const entry = getVillageEntry(user, row);
  const view = villageDetail(
    row,
    shown,
    shown.filter((f) => f.status === 'approved'),
  );
  return (
    <div className="space-y-5">
      <PageTitle title={`${view.name}${view.natural.length ? `（${view.natural.join('、')}）` : ''}`}>
        <Link href="/villages" className="text-brand-700 underline underline-offset-2">
          {VILLAGE_WORDS.title}
        </Link>
        {' · '}
        {view.township}
        {view.demo && ' · 演示数据'}
      </PageTitle>
      <Card>
        <CardHeader>
          <CardTitle>运营主体（村庄“管家”）</CardTitle>
        </CardHeader>
        <CardContent>
          {view.operators.length ? (
            <OperatorList operators={view.operators} />
          ) : (
            <p className="text-sm text-slate-600">{VILLAGE_WORDS.noOperator}</p>
          )}
        </CardContent>
      </Card>
      <VillageStory view={view} />
      <VentureFigures ventures={view.ventures} />
      {entry && <VillageExcelPanel villageId={view.id} defaultPeriod={String(entry.yearRound.period.slice(0, 4))} />}
      {entry && (
        <VillageEntryPanel
          view={villageEntryView(
            user,
            row.operators.flatMap((o) => o.ventures),
            entry,
          )}
        />
      )}
    </div>
  );
}
