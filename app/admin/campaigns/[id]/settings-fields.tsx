import { Field } from '@/components/forms/field';
import { settingsFormValues, type CampaignSettings, type SettingsFormField } from '@/lib/metrics';

function Select({ label, name, value, options }: { label: string; name: string; value: string; options: [string, string][] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value} className="h-9 w-full rounded-md border border-slate-300 px-2 text-sm">
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Every campaign setting as a form field, prefilled with what is in force. */
export function SettingsFields({ settings }: { settings: CampaignSettings }) {
  const v = settingsFormValues(settings);
  const num = (label: string, name: SettingsFormField, hint?: string) => (
    <Field label={label} name={name} inputMode="decimal" defaultValue={v[name]} hint={hint} />
  );
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <Select
        label="序时进度"
        name="timeProgressMode"
        value={v.timeProgressMode}
        options={[
          ['month', '按月：月份 ÷ 12'],
          ['day', '按天：已过天数 ÷ 全年天数'],
        ]}
      />
      {num('略滞后容差（百分点）', 'tolerancePp', '慢于应完成进度不超过此值为略滞后')}
      {num('时点/比率型容差（百分点）', 'levelTolerancePp')}
      {num('排名型容差（位）', 'toleranceRanks')}
      {num('累计型得分上限（倍）', 'cumulativeCap', '1.2 即最高 120 分')}
      {num('时点/比率型每百分点扣分', 'levelPenaltyPerPoint')}
      {num('排名型每位扣分', 'rankPenaltyPerPlace')}
      {num('节点按时完成得分', 'milestoneOnTime')}
      {num('节点逾期完成得分', 'milestoneLate')}
      {num('节点逾期未完成得分', 'milestoneOverdue')}
      <Select
        label="排名配色"
        name="colourScheme"
        value={v.colourScheme}
        options={[
          ['warning', '红黄绿灯（红色为滞后）'],
          ['honour', '红榜（红色为先进）'],
        ]}
      />
      {num('红黄榜人数', 'honourListSize')}
      {num('黄榜得分线（低于此分上黄榜）', 'warningScoreBelow')}
    </div>
  );
}
