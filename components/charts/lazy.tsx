'use client';

import dynamic from 'next/dynamic';

/**
 * The recharts charts, loaded after the page: recharts is most of a chart page's JavaScript, and
 * a chart needs its box's size (known only in the browser), so the server never drew it anyway.
 * The box (ChartFrame) keeps its height meanwhile, so nothing moves when the chart arrives.
 */
const none = () => null;

export const CompletionChart = dynamic(() => import('./completion-chart').then((m) => m.CompletionChart), {
  ssr: false,
  loading: none,
});
export const CountyBarChart = dynamic(() => import('./county-bar-chart').then((m) => m.CountyBarChart), {
  ssr: false,
  loading: none,
});
export const CumulativeChart = dynamic(() => import('./cumulative-chart').then((m) => m.CumulativeChart), {
  ssr: false,
  loading: none,
});
export const LineTargetChart = dynamic(() => import('./line-target-chart').then((m) => m.LineTargetChart), {
  ssr: false,
  loading: none,
});
export const RankingBarChart = dynamic(() => import('./ranking-bar-chart').then((m) => m.RankingBarChart), {
  ssr: false,
  loading: none,
});
export const ShareChart = dynamic(() => import('./share-chart').then((m) => m.ShareChart), { ssr: false, loading: none });
export const StoryBarChart = dynamic(() => import('./story-bar-chart').then((m) => m.StoryBarChart), {
  ssr: false,
  loading: none,
});
