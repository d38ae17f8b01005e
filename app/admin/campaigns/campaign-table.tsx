import Link from 'next/link';
import type { CampaignListRow } from '@/db/queries/campaign-admin';

/** The campaigns with their size and the structure download. */
export function CampaignTable({ rows }: { rows: CampaignListRow[] }) {
  return (
    <table className="w-full text-sm">
      <thead className="border-b text-left text-slate-600">
        <tr>
          <th className="py-2">活动</th>
          <th>年度</th>
          <th>本区县</th>
          <th>竞赛</th>
          <th>专班</th>
          <th>指标</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.campaign.id} className="border-b last:border-0" data-testid={`campaign-${r.campaign.id}`}>
            <td className="py-2 font-medium">
              <Link href={`/admin/campaigns/${r.campaign.id}`} className="text-brand-700 underline">
                {r.campaign.name}
              </Link>
            </td>
            <td>{r.campaign.year}年</td>
            <td>{r.regionName ?? '—'}</td>
            <td>{r.competitions}个</td>
            <td>{r.taskForces}个</td>
            <td>{r.indicators}个</td>
            <td className="text-right">
              <a
                href={`/api/admin/structure?campaignId=${r.campaign.id}`}
                download
                className="text-brand-700 underline"
                aria-label={`导出${r.campaign.year}年“${r.campaign.name}”的结构`}
              >
                导出结构
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
