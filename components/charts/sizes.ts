/** Chart heights in px, computed on the server so the box is reserved before the chart renders. */

/** Horizontal bar chart with one row per task force. */
export const completionChartHeight = (rows: number) => Math.max(160, rows * 46 + 40);
