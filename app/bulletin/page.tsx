import type { Metadata } from 'next';
import Link from 'next/link';
import { PeriodError } from '@/components/dashboard/period-error';
import { bulletinDate, getBulletinInput } from '@/db/queries/bulletin';
import { paramText, resolveDashboard, type SearchParams } from '@/db/queries/dashboard-context';
import { buildBulletin, BULLETIN_TITLE } from '@/lib/bulletin/generate';
import { requireUser } from '@/lib/auth/session';
import { formatPeriodZh } from '@/lib/format';
import { BulletinDocument } from './bulletin-document';
import { PrintButton } from './print-button';
import { Alert } from '@/components/ui/alert';
import { isCalendarDate } from '@/lib/validation/date';

export const metadata: Metadata = { title: '运行情况通报' };

/** /bulletin?period=YYYY-MM[&date=YYYY-MM-DD]: the printable 通报 on a period, for anyone logged in. */
export default async function BulletinPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const params = await searchParams;
  const resolved = await resolveDashboard(params);
  if (!resolved.ok) return <PeriodError message={resolved.message} path="/bulletin" />;
  const { campaign, period, demo } = resolved.ctx;
  const requested = paramText(params, 'date');
  if (requested && !isCalendarDate(requested)) return <DateError value={requested} period={period} />;
  const date = bulletinDate(campaign, period, requested || undefined);
  const doc = buildBulletin(getBulletinInput(campaign, period, date));
  return (
    <>
      <div className="bulletin-toolbar">
        <Link href="/meetings" className="text-brand-700 underline">
          返回会议汇报
        </Link>
        <span className="font-semibold">
          {BULLETIN_TITLE(campaign.name)} · {formatPeriodZh(period)}
        </span>
        {demo && <span className="rounded bg-amber-300 px-1.5 py-0.5 text-xs font-semibold text-amber-950">演示数据</span>}
        <span className="flex-1" />
        <PrintButton />
      </div>
      <BulletinDocument doc={doc} />
    </>
  );
}

/** ?date= that is not a real day: say so, and how to write it. */
function DateError({ value, period }: { value: string; period: string }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <Alert tone="error">
        <p className="text-base font-semibold">无法按该日期生成通报</p>
        <p className="mt-1">
          日期“{value.slice(0, 20)}”不存在或格式不正确：请写成“年-月-日”，例如 2020-10-09（月份 01—12，日期不超过当月天数）。
        </p>
        <p className="mt-3">
          <Link className="font-medium text-brand-700 underline" href={`/bulletin?period=${period}`}>
            按默认日期查看通报
          </Link>
        </p>
      </Alert>
    </div>
  );
}
