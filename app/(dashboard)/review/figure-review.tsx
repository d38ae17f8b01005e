import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { TextAreaField } from '@/components/forms/more-fields';
import { Card, CardContent } from '@/components/ui/card';
import { listProjectReviewQueue } from '@/db/queries/projects';
import { listVillageReviewQueue } from '@/db/queries/villages';
import { roleHas, type AuthUser } from '@/lib/auth/permissions';
import { projectReviewItems, villageReviewItems, type FigureReviewItem } from '@/lib/views/figure-review';
import { reviewProjectFigureAction } from '../projects/actions';
import { reviewVillageFigureAction } from '../villages/actions';

type ReviewAction = typeof reviewVillageFigureAction;

function FigureCard({ item, action }: { item: FigureReviewItem; action: ReviewAction }) {
  return (
    <Card data-testid={`review-${item.key}`}>
      <CardContent className="grid gap-3 pt-4 lg:grid-cols-[1fr_auto]">
        <div className="space-y-1 text-sm">
          <p className="font-semibold">
            {item.title}
            <span className="ml-2 text-xs font-normal text-slate-500">{item.where}</span>
          </p>
          <p>
            数值 <strong className="tabular">{item.value}</strong>
            {item.late && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-800">逾期提交</span>}
          </p>
          {item.note && <p className="text-slate-700">说明：{item.note}</p>}
          <p className="text-xs text-slate-500">
            {item.submitted} ·{' '}
            <Link href={item.href} className="underline">
              查看页面
            </Link>
          </p>
        </div>
        <div className="flex min-w-64 flex-col gap-2">
          <ActionForm action={action} submitLabel="通过" successMessage="已通过。" label={`通过 ${item.title}`}>
            <input type="hidden" name="figureId" value={item.id} />
            <input type="hidden" name="version" value={item.version} />
            <input type="hidden" name="decision" value="approve" />
          </ActionForm>
          <ActionForm action={action} submitLabel="退回" variant="outline" successMessage="已退回。" label={`退回 ${item.title}`}>
            <input type="hidden" name="figureId" value={item.id} />
            <input type="hidden" name="version" value={item.version} />
            <input type="hidden" name="decision" value="return" />
            <TextAreaField label="退回原因" name="reason" id={`reason-${item.key}`} maxLength={500} />
          </ActionForm>
        </div>
      </CardContent>
    </Card>
  );
}

/** 村庄经营 and 重点项目 figures awaiting this reviewer, loading their own data (scope checked by the loaders). */
export async function FigureReviewSections({ user }: { user: AuthUser }) {
  const villages = roleHas(user.role, 'village:review') ? villageReviewItems(listVillageReviewQueue(user)) : [];
  const projects = roleHas(user.role, 'project:review') ? projectReviewItems(listProjectReviewQueue(user)) : [];
  return (
    <>
      <section aria-labelledby="review-villages" className="space-y-2">
        <h2 id="review-villages" className="text-lg font-semibold">
          村庄经营数据 · 待审核 {villages.length} 条
        </h2>
        {villages.map((i) => (
          <FigureCard key={i.key} item={i} action={reviewVillageFigureAction} />
        ))}
      </section>
      <section aria-labelledby="review-projects" className="space-y-2">
        <h2 id="review-projects" className="text-lg font-semibold">
          重点项目数据 · 待审核 {projects.length} 条
        </h2>
        {projects.map((i) => (
          <FigureCard key={i.key} item={i} action={reviewProjectFigureAction} />
        ))}
      </section>
    </>
  );
}
