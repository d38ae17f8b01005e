import { Alert } from '@/components/ui/alert';

/** The caveat of a ranking on an incomplete round ('已报送26/190项，排名仅供参考'); nothing when complete. */
export function RankingCaveat({ text }: { text: string | null }) {
  if (text === null) return null;
  return (
    <Alert tone="warning" data-testid="ranking-caveat">
      <span aria-hidden>⚠ </span>本期数据尚未报齐：{text}。
    </Alert>
  );
}
