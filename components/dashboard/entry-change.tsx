import { Card, CardContent } from '@/components/ui/card';
import type { EntryChange } from '@/lib/views/entry-history';

/** One audited change of an entry: when, who, what, and each field before and after. */
export function EntryChangeCard({ change }: { change: EntryChange }) {
  return (
    <Card>
      <CardContent className="pt-4 text-sm">
        <p className="font-medium">{change.heading}</p>
        <table className="mt-2 w-full">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="w-24">字段</th>
              <th>修改前</th>
              <th>修改后</th>
            </tr>
          </thead>
          <tbody>
            {change.fields.map((f) => (
              <tr key={f.label} className="align-top">
                <td className="py-0.5 text-slate-600">{f.label}</td>
                <td className="py-0.5">
                  <bdi>{f.before}</bdi>
                </td>
                <td className="py-0.5">
                  <bdi>{f.after}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardContent>
    </Card>
  );
}
