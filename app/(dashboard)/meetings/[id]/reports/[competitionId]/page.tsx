import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/dashboard/page-title';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { parseId } from '@/db/queries/dashboard-context';
import { getMeetingRecord, getReportSource, getSavedReportTexts } from '@/db/queries/meeting-report';
import { getMeeting } from '@/db/queries/meetings';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { reportTaskForces, resolveTexts } from '@/lib/deck/report/texts';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { saveReportAction } from '../../../report-actions';
import { ReportTextsForm } from '../../../report-texts-form';

export const metadata: Metadata = { title: '竞赛汇报' };

/** /meetings/<id>/reports/<competition>: one lead unit's report deck — present, download, prepare its texts. */
export default async function ReportPage({ params }: { params: Promise<{ id: string; competitionId: string }> }) {
  const user = await requireUser();
  const p = await params;
  const id = parseId(p.id);
  const competitionId = parseId(p.competitionId);
  const m = id === null ? null : getMeeting(id);
  const src = m && competitionId !== null ? getReportSource(m.campaign, m.meeting.period, competitionId) : null;
  if (!m || !src || competitionId === null) notFound();
  const competition = src.deck.structure.competitions.find((c) => c.id === competitionId)!;
  const frozen = getMeetingRecord(m.meeting.id);
  const texts = resolveTexts(src, getSavedReportTexts(m.meeting.id, competitionId));
  const mayPrepare = can(user, 'report:prepare', { competitionId });
  const base = `/present/${m.meeting.id}/reports/${competitionId}`;
  const pptx = `/api/meetings/${m.meeting.id}/reports/${competitionId}/pptx`;
  return (
    <div className="space-y-5">
      <PageTitle title={`${competition.name}工作汇报`}>
        <Link className="text-brand-700 hover:underline" href={`/meetings/${m.meeting.id}`}>
          {m.meeting.title}
        </Link>{' '}
        · {formatDateZh(m.meeting.meetingDate)} · 统计期 {formatPeriodZh(m.meeting.period)}
      </PageTitle>
      <Card>
        <CardHeader>
          <CardTitle>演示与导出</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-2">
          <Link className={buttonVariants()} href={`${base}?slide=1`}>
            {frozen ? '演示定稿' : '开始演示'}
          </Link>
          <a className={buttonVariants({ variant: 'outline' })} href={pptx} download>
            {frozen ? '下载定稿PPTX' : '下载PPTX'}
          </a>
          {frozen && (
            <>
              <Link className={buttonVariants({ variant: 'outline' })} href={`${base}/live?slide=1`}>
                演示实时数据
              </Link>
              <a className={buttonVariants({ variant: 'outline' })} href={`${pptx}?live=1`} download>
                下载实时数据PPTX
              </a>
            </>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>汇报材料</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          {frozen ? (
            <Alert>会议已定稿，汇报材料按定稿时所示保存，不能再修改。</Alert>
          ) : mayPrepare ? (
            <>
              <p className="text-sm text-slate-600">
                以下文字已按各专班本期填报预填，可在会前修改；保存后随本次会议保存，数字始终取自实时数据，定稿后固定。
              </p>
              <ReportTextsForm
                action={saveReportAction}
                meetingId={m.meeting.id}
                competitionId={competitionId}
                taskForces={reportTaskForces(src).map((t) => ({
                  id: t.id,
                  name: t.name,
                  nextSteps: texts.nextSteps[String(t.id)] ?? '',
                  problems: texts.problems[String(t.id)] ?? '',
                }))}
                coordination={texts.coordination}
              />
            </>
          ) : (
            <Alert>汇报材料由本竞赛牵头单位的审核员、区领导或系统管理员准备；您可以演示和下载。</Alert>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
