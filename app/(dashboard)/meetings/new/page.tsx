import type { Metadata } from 'next';
import { PageTitle } from '@/components/dashboard/page-title';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { createMeetingAction } from '../actions';
import { meetingFormOptions } from '../form-options';
import { MeetingEditor } from '../meeting-editor';

export const metadata: Metadata = { title: '新建会议' };

export default async function NewMeetingPage() {
  await requirePermission('meeting:manage');
  const { options, periods, preset, presetLabel } = meetingFormOptions();
  return (
    <div className="space-y-5">
      <PageTitle title="新建会议">选择统计期和幻灯片；演示和导出时按该统计期的最新数据生成。</PageTitle>
      <Card className="p-4">
        <MeetingEditor
          action={createMeetingAction}
          initial={{ title: '', meetingDate: preset.meetingDate, period: preset.period, slides: [] }}
          preset={preset}
          presetLabel={presetLabel}
          options={options}
          periods={periods}
        />
      </Card>
    </div>
  );
}
