import type { Metadata } from 'next';
import { UnderConstruction } from '@/components/layout/under-construction';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: '重点项目' };

export default async function Page() {
  await requireUser();
  return (
    <UnderConstruction
      title="重点项目"
      description="重点项目模块（项目节点、投资与招商进度）正在建设中。数据库已收录实达实衢州智能制造服务平台等项目数据，本页面将在后续版本提供查看与维护。"
    />
  );
}
