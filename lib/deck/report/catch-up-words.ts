/** 赶超测算 in words: lib/metrics catchUp's figures, worded with lib/format. */
import { formatAmount, formatPp, formatRank } from '@/lib/format';
import type { CatchUp, CatchUpStep } from '@/lib/metrics';

const isRate = (unit: string) => unit === '%';

function amountOf(v: number, unit: string, digits = 1): string {
  return isRate(unit) ? formatPp(v, digits) : formatAmount(v, unit);
}

function stepWords(s: CatchUpStep, c: CatchUp, unit: string, lower: boolean, names: Map<string, string>): string {
  const who = s.regionCodes.map((code) => names.get(code) ?? code).join('、');
  const reach = `${lower ? '须降至' : '须达到'}${formatAmount(s.threshold, unit)}（${who}现值，相差${amountOf(s.gapNow, unit)}）`;
  if (s.perMonth === null) return `${reach}。`;
  if (isRate(unit) || s.yearEnd === s.threshold) return `${reach}，今后每月须${lower ? '降低' : '提高'}${amountOf(s.perMonth, unit, 2)}。`;
  const pace = c.ownPerMonth === null ? '' : `（本区月均${formatAmount(c.ownPerMonth, unit)}）`;
  return `${reach}；按其进度年底约${formatAmount(s.yearEnd, unit)}，今后每月须${lower ? '不超过' : '完成'}${formatAmount(s.perMonth, unit)}${pace}。`;
}

/** "超越衢江区（第2名）须达到…" or "已居全市第1名". */
export function passAboveWords(c: CatchUp, unit: string, lower: boolean, names: Map<string, string>): string {
  if (!c.passAbove) return `已居全市第1名，保持领先。`;
  const who = c.passAbove.regionCodes.map((code) => names.get(code) ?? code).join('、');
  return `赶超${who}（达到即${formatRank(c.passAbove.rank)}）：${stepWords(c.passAbove, c, unit, lower, names)}`;
}

/** "进入全市前2：须达到…" or "已达到目标名次". */
export function reachTargetWords(c: CatchUp, targetRank: number | null, unit: string, lower: boolean, names: Map<string, string>): string {
  if (targetRank === null) return '无目标名次。';
  if (!c.reachTarget) return `已达到目标名次（全市前${targetRank}）。`;
  return `进入全市前${targetRank}：${stepWords(c.reachTarget, c, unit, lower, names)}`;
}
