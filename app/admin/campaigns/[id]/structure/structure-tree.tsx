import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ARCHIVE_TEXT } from '@/lib/structure/admin-text';
import { KIND_WORDS } from '@/lib/structure/sheets';
import { itemStateAction, moveItemAction } from '../../structure-actions';
import { ItemState } from './item-state';
import { MoveButtons } from './move-buttons';

interface Row {
  id: number;
  name: string;
  archivedFrom: string | null;
}
interface Tree {
  competitions: (Row & { taskForces: (Row & { indicators: (Row & { kind: keyof typeof KIND_WORDS })[] })[] })[];
}

const Archived = ({ from }: { from: string | null }) =>
  from ? <Badge className="bg-amber-100 text-amber-900">{ARCHIVE_TEXT.archivedBadge(from)}</Badge> : null;

/**
 * The campaign's competitions → task forces → indicators with edit links, 上移/下移 and 归档/删除;
 * with `readOnly` (a past year) the links only, to look at each item.
 */
export function StructureTree({ campaignId, tree, readOnly = false }: { campaignId: number; tree: Tree; readOnly?: boolean }) {
  const base = `/admin/campaigns/${campaignId}/structure`;
  const state = (kind: 'competition' | 'taskForce' | 'indicator', r: Row) =>
    readOnly ? null : (
      <ItemState action={itemStateAction} kind={kind} id={r.id} campaignId={campaignId} name={r.name} archivedFrom={r.archivedFrom} />
    );
  const move = (kind: 'competition' | 'taskForce' | 'indicator', r: Row, n: number, count: number) =>
    readOnly ? null : (
      <MoveButtons
        action={moveItemAction}
        campaignId={campaignId}
        kind={kind}
        id={r.id}
        name={r.name}
        first={n === 0}
        last={n === count - 1}
      />
    );
  const add = (href: string, label: string) =>
    readOnly ? null : (
      <Link href={href} className="text-sm text-brand-700 underline">
        {label}
      </Link>
    );
  if (tree.competitions.length === 0) return <p className="text-sm text-slate-600">还没有竞赛。请在上方添加，或导入结构工作簿。</p>;
  return (
    <ol className="space-y-4">
      {tree.competitions.map((c, ci) => (
        <li key={c.id} className="rounded-md border border-slate-200 p-3" data-testid={`competition-${c.id}`}>
          <div className="flex flex-wrap items-center gap-3">
            {move('competition', c, ci, tree.competitions.length)}
            <Link href={`${base}/competitions/${c.id}`} className="text-lg font-semibold text-brand-700 underline">
              {c.name}
            </Link>
            <Archived from={c.archivedFrom} />
            {add(`${base}/task-forces/new?competition=${c.id}`, '添加专班')}
            <div className="ml-auto">{state('competition', c)}</div>
          </div>
          <ol className="mt-2 space-y-2 pl-6">
            {c.taskForces.map((t, ti) => (
              <li key={t.id} className="border-l-2 border-slate-200 pl-3" data-testid={`task-force-${t.id}`}>
                <div className="flex flex-wrap items-center gap-3">
                  {move('taskForce', t, ti, c.taskForces.length)}
                  <Link href={`${base}/task-forces/${t.id}`} className="font-medium text-brand-700 underline">
                    {t.name}
                  </Link>
                  <Archived from={t.archivedFrom} />
                  {add(`${base}/indicators/new?taskForce=${t.id}`, '添加指标')}
                  <Link href={`${base}/task-forces/${t.id}/targets`} className="text-sm text-brand-700 underline">
                    阶段目标
                  </Link>
                  <div className="ml-auto">{state('taskForce', t)}</div>
                </div>
                <ol className="mt-1 space-y-1 pl-6 text-sm">
                  {t.indicators.map((i, ii) => (
                    <li key={i.id} className="flex flex-wrap items-center gap-3" data-testid={`indicator-${i.id}`}>
                      {move('indicator', i, ii, t.indicators.length)}
                      <Link href={`${base}/indicators/${i.id}`} className="text-brand-700 underline">
                        {i.name}
                      </Link>
                      <span className="text-slate-500">{KIND_WORDS[i.kind]}</span>
                      <Archived from={i.archivedFrom} />
                      <div className="ml-auto">{state('indicator', i)}</div>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
