import type { Metadata } from 'next';
import { UnderConstruction } from '@/components/layout/under-construction';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: '村庄经营' };

export default async function Page() {
  await requireUser();
  return (
    <UnderConstruction
      title="村庄经营"
      description="村庄经营模块（村庄“管家”、业态与经营数据图表）正在建设中。数据库已收录石梁镇双溪村张西自然村及“优宿”的报道数据，本页面将在后续版本提供查看与填报。"
    />
  );
}
