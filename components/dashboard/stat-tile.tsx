import { clsx } from 'clsx';

/** A headline figure: label, big number, one line of explanation. Fixed height for a stable layout. */
export function StatTile({
  label,
  value,
  detail,
  icon,
  tone = 'plain',
  testId,
}: {
  label: string;
  value: string;
  detail?: React.ReactNode;
  icon?: string;
  tone?: 'plain' | 'ahead' | 'behind' | 'lagging' | 'nodata' | 'brand';
  testId?: string;
}) {
  const tones = {
    plain: 'border-slate-200 bg-white text-slate-900',
    brand: 'border-brand-100 bg-brand-50 text-brand-900',
    ahead: 'border-status-ahead/30 bg-status-ahead-bg text-status-ahead',
    behind: 'border-status-behind/30 bg-status-behind-bg text-status-behind',
    lagging: 'border-status-lagging/30 bg-status-lagging-bg text-status-lagging',
    nodata: 'border-slate-300 bg-status-nodata-bg text-status-nodata',
  };
  return (
    <div className={clsx('tile', tones[tone])} data-testid={testId}>
      <div className="tile-l">
        {icon && <span aria-hidden>{icon}</span>}
        {label}
      </div>
      <div className="tile-v" data-testid={testId ? `${testId}-value` : undefined}>
        {value}
      </div>
      <div className="truncate text-xs">{detail ?? '\u00a0'}</div>
    </div>
  );
}
