import { Field } from '@/components/forms/field';

/** Name, year and district of a new campaign (the new-campaign form and the import's 新建活动). */
export function CampaignFields({ region, year }: { region: { code: string; name: string } | null; year: number }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label="活动名称" name="name" hint="例如：六抓六比·八大竞赛" />
      <Field label="年度" name="year" inputMode="numeric" defaultValue={year} />
      <Field label="本区（县）名称" name="regionName" defaultValue={region?.name} hint="例如：柯城区" />
      <Field label="行政区划代码" name="regionCode" inputMode="numeric" defaultValue={region?.code} hint="6 位，GB/T 2260，例如 330802" />
    </div>
  );
}
