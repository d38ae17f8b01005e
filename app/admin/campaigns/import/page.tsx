import type { Metadata } from 'next';
import { getHomeRegion, listImportTargets } from '@/db/queries/campaign-admin';
import { getNow } from '@/db/queries/clock';
import { requirePermission } from '@/lib/auth/session';
import { IMPORT_TEXT } from '@/lib/structure/sheets';
import { CampaignFields } from '../campaign-fields';
import { ImportPanel } from './import-panel';

export const metadata: Metadata = { title: '导入结构' };

export default async function ImportStructurePage() {
  await requirePermission('campaign:manage');
  const { targets, leftOut } = listImportTargets();
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-bold">导入结构</h1>
      <p className="text-sm text-slate-600">
        上传结构工作簿（可先{' '}
        <a href="/api/admin/structure" download className="text-brand-700 underline">
          下载结构模板
        </a>
        ）。系统逐行检查后显示预览；全部无误才能确认导入，导入要么全部写入，要么什么都不写。
      </p>
      <ImportPanel campaigns={targets} pastNote={leftOut > 0 ? IMPORT_TEXT.pastLeftOut(leftOut) : null}>
        <CampaignFields region={getHomeRegion()} year={getNow().getFullYear()} />
      </ImportPanel>
    </div>
  );
}
