import type { Metadata } from 'next';
import { UnderConstruction } from '@/components/layout/under-construction';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: '汇报' };

export default async function Page() {
  await requireUser();
  return <UnderConstruction title="汇报" description="会议汇报模块（实时演示、PPTX 导出与运行情况通报）正在建设中。" />;
}
