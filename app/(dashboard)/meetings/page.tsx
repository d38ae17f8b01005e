import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/dashboard/page-title';
import { buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { notFound } from 'next/navigation';
import { getShownCampaign } from '@/db/queries/shown-campaign';
import { listMeetings } from '@/db/queries/meetings';
import { roleHas } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { formatDateZh, formatPeriodZh } from '@/lib/format';

export const metadata: Metadata = { title: '会议汇报' };

export default async function MeetingsPage() {
  const user = await requireUser();
  const shown = await getShownCampaign();
  if (shown.kind !== 'shown') notFound();
  const { campaign, readOnly } = shown.shown;
  const list = listMeetings(campaign.id);
  const canManage = roleHas(user.role, 'meeting:manage') && !readOnly;
  return (
    <div className="space-y-5">
      <PageTitle
        title="会议汇报"
        actions={
          <div className="flex gap-2">
            <Link className={buttonVariants({ variant: 'outline' })} href={`/bulletin?period=${campaign.currentPeriod}`}>
              运行情况通报（{formatPeriodZh(campaign.currentPeriod)}）
            </Link>
            {canManage && (
              <Link className={buttonVariants()} href="/meetings/new">
                新建会议
              </Link>
            )}
          </div>
        }
      >
        会议的幻灯片每次演示、导出时都用所选统计期的最新数据生成：全屏演示、下载PPTX（可编辑的原生图表）、打印通报。
      </PageTitle>
      <Card>
        {list.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">
            {canManage ? '还没有会议。点击“新建会议”，可一键使用默认幻灯片。' : '还没有会议。会议由区领导、审核员或管理员创建。'}
          </p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">会议列表</caption>
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th className="px-4 py-2">会议名称</th>
                <th>会议日期</th>
                <th>统计期</th>
                <th>幻灯片</th>
                <th>
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id} className="border-b last:border-0" data-testid={`meeting-${m.id}`}>
                  <td className="px-4 py-2 font-medium">
                    <Link className="text-brand-700 hover:underline" href={`/meetings/${m.id}`}>
                      {m.title}
                    </Link>
                  </td>
                  <td>{formatDateZh(m.meetingDate)}</td>
                  <td>{formatPeriodZh(m.period)}</td>
                  <td>{m.slideCount}张</td>
                  <td className="space-x-3 py-2 pr-4 text-right whitespace-nowrap">
                    <Link className="text-brand-700 hover:underline" href={`/present/${m.id}?slide=1`}>
                      演示
                    </Link>
                    <a className="text-brand-700 hover:underline" href={`/api/meetings/${m.id}/pptx`}>
                      下载PPTX
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
