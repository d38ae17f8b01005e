ALTER TABLE `project_figures` ADD `qualifier` text;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `printed` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `period_label` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `qualifier` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `printed` text;--> statement-breakpoint
-- A demo database made before the demo clock existed runs on the meeting day too (see lib/clock).
INSERT INTO `app_meta` (`key`, `value`)
SELECT 'clock', '2020-10-09T00:00:00+08:00'
WHERE EXISTS (SELECT 1 FROM `app_meta` WHERE `key` = 'demo' AND `value` = '1')
  AND NOT EXISTS (SELECT 1 FROM `app_meta` WHERE `key` = 'clock');
