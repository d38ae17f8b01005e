import { Card } from '@/components/ui/card';
import type { CampaignSettings } from '@/lib/metrics';
import { formulaRules } from '@/lib/views/formula';

/** The scoring and ranking rules in force, written out from the campaign's settings (people argue about rankings). */
export function FormulaCard({ settings }: { settings: CampaignSettings }) {
  const items = formulaRules(settings);
  return (
    <Card className="p-4" data-testid="formula">
      <h2 className="text-base font-semibold text-slate-900">现行计分与排名规则</h2>
      <p className="mt-0.5 text-xs text-slate-600">由本活动的设置生成，调整设置后此处随之更新。</p>
      <dl className="mt-3 grid grid-cols-[7.5em_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        {items.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-700">{k}</dt>
            <dd className="text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
