/** The settings form's fields (活动设置) as the page posts them, for direct action calls. */
import { DEFAULT_SETTINGS, settingsFormValues } from '../../lib/metrics/settings';

/** The demo's settings (the domain defaults), unchanged. */
export const DEMO_SETTINGS_FORM = settingsFormValues(DEFAULT_SETTINGS);

/** Other settings (by day, another cap): what 预览排名变化 previews in the sweeps. */
export const PREVIEWED_SETTINGS_FORM = settingsFormValues({
  ...DEFAULT_SETTINGS,
  timeProgressMode: 'day',
  scoreRules: { ...DEFAULT_SETTINGS.scoreRules, cumulativeCap: 1.1 },
});
