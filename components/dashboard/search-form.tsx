/** Search by name or pinyin initials (a plain GET form: works without JavaScript, the query lives in the URL). */
export function SearchForm({
  period,
  defaultValue = '',
  action = '/search',
  label = '搜索专班或指标',
  autoFocus,
}: {
  period: string;
  defaultValue?: string;
  action?: string;
  label?: string;
  autoFocus?: boolean;
}) {
  return (
    <form action={action} method="get" role="search" className="flex items-center gap-2">
      <input type="hidden" name="period" value={period} />
      <label className="sr-only" htmlFor={`search-${action}`}>
        {label}
      </label>
      <input
        id={`search-${action}`}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={`${label}（支持拼音首字母，如 zsyz）`}
        maxLength={40}
        autoFocus={autoFocus}
        className="h-9 w-80 max-w-full rounded-md border border-slate-300 bg-white px-3 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-brand-600"
      />
      <button type="submit" className="h-9 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
        搜索
      </button>
    </form>
  );
}
