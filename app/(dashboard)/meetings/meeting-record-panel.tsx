import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatBeijingTime } from '@/lib/format';
import { freezeMeetingAction } from './report-actions';

/** 竞赛汇报: one report deck per competition (lead unit), each to present, download and prepare. */
export function ReportsPanel({ meetingId, competitions }: { meetingId: number; competitions: { id: number; name: string }[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>竞赛汇报（各牵头单位）</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <div className="flex flex-wrap gap-2">
          <Link className={buttonVariants()} href={`/present/${meetingId}/agenda?slide=1`}>
            全程演示（总体情况、各竞赛汇报、红黄榜、通报）
          </Link>
          <a className={buttonVariants({ variant: 'outline' })} href={`/api/meetings/${meetingId}/agenda/pptx`} download>
            下载全程PPTX
          </a>
        </div>
        <ul className="grid gap-2 text-sm sm:grid-cols-2">
          {competitions.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3">
              <Link className="font-medium text-brand-700 hover:underline" href={`/meetings/${meetingId}/reports/${c.id}`}>
                {c.name}
              </Link>
              <Link className="text-slate-600 hover:underline" href={`/present/${meetingId}/reports/${c.id}?slide=1`}>
                演示
              </Link>
              <a className="text-slate-600 hover:underline" href={`/api/meetings/${meetingId}/reports/${c.id}/pptx`} download>
                PPTX
              </a>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

/** 会议定稿: the frozen state, or the button that freezes the meeting as it is shown now. */
export function RecordPanel({ meetingId, frozenAt, mayFreeze }: { meetingId: number; frozenAt: string | null; mayFreeze: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>会议定稿</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        {frozenAt ? (
          <>
            <Alert data-testid="frozen-note">
              已于{formatBeijingTime(frozenAt)}定稿：演示和PPTX均按定稿时所示（数字、文字、排名），此后的数据更正不影响会议记录。
            </Alert>
            <div className="flex flex-wrap gap-2">
              <Link className={buttonVariants({ variant: 'outline' })} href={`/present/${meetingId}/live?slide=1`}>
                演示实时数据
              </Link>
              <a className={buttonVariants({ variant: 'outline' })} href={`/api/meetings/${meetingId}/pptx?live=1`} download>
                下载实时数据PPTX
              </a>
            </div>
          </>
        ) : mayFreeze ? (
          <ActionForm
            action={freezeMeetingAction}
            submitLabel="会议定稿"
            pendingLabel="正在定稿…"
            label="会议定稿"
            confirmText="定稿后本次会议的幻灯片与各竞赛汇报按当前所示保存为会议记录，不能再修改。确定定稿？"
          >
            <input type="hidden" name="meetingId" value={meetingId} />
            <p className="text-sm text-slate-600">会议结束时定稿：保存本次会议所示的全部数字、文字和排名，供日后查看、演示和导出。</p>
          </ActionForm>
        ) : (
          <p className="text-sm text-slate-600">尚未定稿。定稿由区领导或系统管理员操作。</p>
        )}
      </CardContent>
    </Card>
  );
}
