import type { AuditRow } from '@/db/schema';
import { formatBeijingTime } from '@/lib/format';
import { auditWords, type AuditNames } from '@/lib/audit-view/words';

/** The audit rows, every column in Chinese (lib/audit-view), times in 北京时间; user names and addresses as recorded. */
export function AuditTable({ rows, names }: { rows: AuditRow[]; names: AuditNames }) {
  if (rows.length === 0) return <p className="py-4 text-sm text-slate-500">暂无记录。</p>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">审计记录，最新的在前</caption>
      <thead className="border-b text-left text-slate-600">
        <tr>
          <th scope="col" className="py-2">
            时间（北京时间）
          </th>
          <th scope="col">事件</th>
          <th scope="col">用户</th>
          <th scope="col">网络地址</th>
          <th scope="col">对象</th>
          <th scope="col">说明</th>
          <th scope="col">修改内容</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const w = auditWords(r, names);
          return (
            <tr key={r.id} className="border-b align-top last:border-0" data-testid={`audit-row-${r.id}`}>
              <td className="py-1.5 pr-2 whitespace-nowrap">{formatBeijingTime(r.at).replace('（北京时间）', '')}</td>
              <td className="py-1.5 pr-2">{w.event}</td>
              <td className="py-1.5 pr-2">{r.username ?? '—'}</td>
              <td className="py-1.5 pr-2">{r.ip ?? '—'}</td>
              <td className="max-w-xs py-1.5 pr-2">{w.object}</td>
              <td className="max-w-sm py-1.5 pr-2">{w.detail}</td>
              <td className="max-w-md py-1.5 text-xs text-slate-700">
                {w.changes.length > 0 && (
                  <ul>
                    {w.changes.map((line, i) => (
                      <li key={i} className="whitespace-pre-wrap">
                        {line}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
