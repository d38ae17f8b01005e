import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/dashboard/page-title';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { parseId } from '@/db/queries/dashboard-context';
import { getSlideSubjects } from '@/db/queries/deck-places';
import { getMeetingRecord } from '@/db/queries/meeting-report';
import { getMeeting, meetingSpecOf } from '@/db/queries/meetings';
import { getCampaignStructure } from '@/db/queries/structure';
import { roleHas } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { SLIDE_KIND_LABELS } from '@/lib/deck/labels';
import { formatDateZh, formatPeriodZh } from '@/lib/format';
import { deleteMeetingAction, updateMeetingAction } from '../actions';
import { DeleteMeeting } from '../delete-meeting';
import { meetingFormOptions } from '../form-options';
import { MeetingEditor } from '../meeting-editor';
import { RecordPanel, ReportsPanel } from '../meeting-record-panel';

export const metadata: Metadata = { title: '会议' };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  if (id === null) notFound();
  const m = getMeeting(id);
  if (!m) notFound();
  const { meeting, slides } = m;
  const subjects = getSlideSubjects();
  const villages = new Map(subjects.villages.map((v) => [v.id, v.name]));
  const projects = new Map(subjects.projects.map((p) => [p.id, p.name]));
  const structure = getCampaignStructure(m.campaign.id);
  const competitions = new Map(structure.competitions.map((c) => [c.id, c.name]));
  const frozen = getMeetingRecord(meeting.id);
  const canManage = roleHas(user.role, 'meeting:manage') && !frozen;
  const present = `/present/${meeting.id}`;
  return (
    <div className="space-y-5">
      <PageTitle title={meeting.title}>
        {formatDateZh(meeting.meetingDate)} · 统计期 {formatPeriodZh(meeting.period)} · {slides.length}张幻灯片
      </PageTitle>
      <Card>
        <CardHeader>
          <CardTitle>演示与导出</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          <div className="flex flex-wrap gap-2">
            <Link className={buttonVariants()} href={`${present}?slide=1`}>
              开始演示
            </Link>
            <Link className={buttonVariants({ variant: 'outline' })} href={`${present}?slide=1&theme=dark`}>
              演示（深色高对比度）
            </Link>
            <Link className={buttonVariants({ variant: 'outline' })} href={`${present}?slide=1&auto=15&loop=1`}>
              自动播放（每15秒，循环）
            </Link>
            <a className={buttonVariants({ variant: 'outline' })} href={`/api/meetings/${meeting.id}/pptx`} download>
              下载PPTX
            </a>
            <Link
              className={buttonVariants({ variant: 'outline' })}
              href={`/bulletin?period=${meeting.period}&date=${meeting.meetingDate}`}
            >
              打印通报
            </Link>
          </div>
          <p className="text-sm text-slate-600">
            演示快捷键：→ / PageDown / 空格 下一页，← / PageUp 上一页，Home / End 首页 / 末页，F 全屏，B 黑屏（再按一次恢复）。网址中的
            slide=N 指向第N页，theme=dark 为深色主题，auto=秒数 与 loop=1 为自动播放。
          </p>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>幻灯片</CardTitle>
        </CardHeader>
        <CardContent>
          <ol className="space-y-1 text-sm">
            {slides.map((s) => (
              <li key={s.id} className="flex flex-wrap gap-x-3">
                <Link className="text-brand-700 hover:underline" href={`${present}?slide=${s.position}`}>
                  第{s.position}张
                </Link>
                <span className="font-medium">{SLIDE_KIND_LABELS[s.kind]}</span>
                {s.competitionId !== null && <span>{competitions.get(s.competitionId) ?? '（竞赛已不存在）'}</span>}
                {s.villageId !== null && <span>{villages.get(s.villageId) ?? '（该村已不存在）'}</span>}
                {s.projectId !== null && <span>{projects.get(s.projectId) ?? '（项目已不存在）'}</span>}
                {s.title && <span>标题：{s.title}</span>}
                {s.notes && <span className="text-slate-500">备注：{s.notes.length > 40 ? `${s.notes.slice(0, 40)}…` : s.notes}</span>}
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
      <ReportsPanel meetingId={meeting.id} competitions={structure.competitions} />
      <RecordPanel meetingId={meeting.id} frozenAt={frozen?.frozenAt ?? null} mayFreeze={roleHas(user.role, 'meeting:freeze')} />
      {canManage && (
        <EditPanel
          meetingId={meeting.id}
          title={meeting.title}
          initial={{
            title: meeting.title,
            meetingDate: meeting.meetingDate,
            period: meeting.period,
            slides: meetingSpecOf(m).slides,
          }}
        />
      )}
    </div>
  );
}

function EditPanel({
  meetingId,
  title,
  initial,
}: {
  meetingId: number;
  title: string;
  initial: Parameters<typeof MeetingEditor>[0]['initial'];
}) {
  const { options, periods } = meetingFormOptions();
  return (
    <Card>
      <CardHeader>
        <CardTitle>编辑会议</CardTitle>
      </CardHeader>
      <CardContent className="space-y-6">
        <MeetingEditor action={updateMeetingAction} initial={initial} options={options} periods={periods} meetingId={meetingId} />
        <div className="border-t border-slate-200 pt-4">
          <DeleteMeeting action={deleteMeetingAction} meetingId={meetingId} title={title} />
        </div>
      </CardContent>
    </Card>
  );
}
