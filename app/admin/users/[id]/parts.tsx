import type { Competition, Session, TaskForce, UserScope } from '@/db/schema';
import { ActionForm } from '@/components/forms/action-form';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatBeijingTime } from '@/lib/format';
import { revokeSessionAction, setScopesAction } from '../actions';

interface Structure {
  competitions: Pick<Competition, 'id' | 'name'>[];
  taskForces: Pick<TaskForce, 'id' | 'name' | 'competitionId'>[];
}

export interface Place {
  id: number;
  name: string;
  villages: { id: number; name: string }[];
}

/** 村庄经营 scopes: whole townships, or single administrative villages (folded per township). */
function PlaceScopes({ places, has }: { places: Place[]; has: (type: string, id: number) => boolean }) {
  return (
    <fieldset className="mt-4 rounded border p-3">
      <legend className="px-1 text-sm font-semibold">乡镇（街道）与村（村庄经营填报、审核；乡镇还含其负责的督办事项）</legend>
      <div className="grid gap-2 md:grid-cols-2 xl:grid-cols-4">
        {places.map((t) => (
          <div key={t.id} className="text-sm">
            <label className="inline-flex items-center gap-1.5 font-medium">
              <input type="checkbox" name="townshipIds[]" value={t.id} defaultChecked={has('township', t.id)} />
              {t.name}（整个乡镇）
            </label>
            <details open={t.villages.some((v) => has('village', v.id))} className="ml-5">
              <summary className="cursor-pointer text-xs text-slate-600">按村授权（{t.villages.length}个村）</summary>
              {t.villages.map((v) => (
                <label key={v.id} className="flex items-center gap-1.5">
                  <input type="checkbox" name="villageIds[]" value={v.id} defaultChecked={has('village', v.id)} />
                  {v.name}
                </label>
              ))}
            </details>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** 授权范围: competitions (a reviewer's), task forces (a lead's), townships and villages, ticked as stored. */
export function ScopesCard({
  userId,
  structure,
  scopes,
  places = [],
}: {
  userId: number;
  structure: Structure;
  scopes: Pick<UserScope, 'scopeType' | 'scopeId'>[];
  places?: Place[];
}) {
  const has = (type: string, sid: number) => scopes.some((s) => s.scopeType === type && s.scopeId === sid);
  return (
    <Card>
      <CardHeader>
        <CardTitle>授权范围</CardTitle>
      </CardHeader>
      <CardContent>
        <p className="mb-3 text-sm text-slate-600">
          审核员按竞赛授权（审核其下所有专班的填报）；专班填报员按专班授权；村庄经营按乡镇（街道）或村授权。变更在下一次请求起生效。
        </p>
        <ActionForm action={setScopesAction} submitLabel="保存授权范围" label="授权范围">
          <input type="hidden" name="userId" value={userId} />
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
            {structure.competitions.map((c) => (
              <fieldset key={c.id} className="rounded border p-3">
                <legend className="px-1 text-sm font-semibold">
                  <label className="inline-flex items-center gap-1.5">
                    <input type="checkbox" name="competitionIds[]" value={c.id} defaultChecked={has('competition', c.id)} />
                    {c.name}（整个竞赛）
                  </label>
                </legend>
                {structure.taskForces
                  .filter((t) => t.competitionId === c.id)
                  .map((t) => (
                    <label key={t.id} className="flex items-center gap-1.5 text-sm">
                      <input type="checkbox" name="taskForceIds[]" value={t.id} defaultChecked={has('taskForce', t.id)} />
                      {t.name}
                    </label>
                  ))}
              </fieldset>
            ))}
          </div>
          <PlaceScopes places={places} has={has} />
        </ActionForm>
      </CardContent>
    </Card>
  );
}

/** 在线会话 of the account, each with 注销. */
export function SessionsCard({ sessions }: { sessions: Session[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>在线会话（{sessions.length}）</CardTitle>
      </CardHeader>
      <CardContent>
        {sessions.length === 0 ? (
          <p className="text-sm text-slate-500">无在线会话。</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="border-b text-left text-slate-600">
              <tr>
                <th className="py-2">登录时间</th>
                <th>最近活动</th>
                <th>IP</th>
                <th>浏览器</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-b last:border-0">
                  <td className="py-2">{formatBeijingTime(s.createdAt)}</td>
                  <td>{formatBeijingTime(s.lastSeenAt)}</td>
                  <td>{s.ip ?? '—'}</td>
                  <td className="max-w-xs truncate" title={s.userAgent ?? ''}>
                    {s.userAgent ?? '—'}
                  </td>
                  <td>
                    <ActionForm action={revokeSessionAction} submitLabel="注销" variant="outline" inline label="注销会话">
                      <input type="hidden" name="sessionId" value={s.id} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardContent>
    </Card>
  );
}
