CREATE TABLE `work_item_extensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`work_item_id` integer NOT NULL,
	`reason` text NOT NULL,
	`previous_deadline` text NOT NULL,
	`new_deadline` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by` integer,
	`requested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`decision_note` text,
	FOREIGN KEY (`work_item_id`) REFERENCES `work_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `work_item_extensions_item_idx` ON `work_item_extensions` (`work_item_id`);--> statement-breakpoint
ALTER TABLE `meeting_slides` ADD `village_id` integer REFERENCES villages(id);--> statement-breakpoint
ALTER TABLE `meeting_slides` ADD `project_id` integer REFERENCES projects(id);--> statement-breakpoint
ALTER TABLE `project_figures` ADD `status` text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `late` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `created_by` integer;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `updated_by` integer;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `submitted_by` integer;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `submitted_at` text;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `first_submitted_at` text;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `reviewed_by` integer;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `project_figures` ADD `return_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `project_figures_uq` ON `project_figures` (`project_id`,`name`,`as_of`);--> statement-breakpoint
ALTER TABLE `project_milestones` ADD `phase` text;--> statement-breakpoint
ALTER TABLE `project_milestones` ADD `evidence` text;--> statement-breakpoint
ALTER TABLE `project_milestones` ADD `updated_by` integer;--> statement-breakpoint
ALTER TABLE `project_milestones` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `completed_investment` real;--> statement-breakpoint
ALTER TABLE `projects` ADD `completed_investment_as_of` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `updated_by` integer;--> statement-breakpoint
ALTER TABLE `projects` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `status` text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `late` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `created_by` integer;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `updated_by` integer;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `submitted_by` integer;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `submitted_at` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `first_submitted_at` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `reviewed_by` integer;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `village_metric_values` ADD `return_reason` text;--> statement-breakpoint
CREATE UNIQUE INDEX `village_metric_values_uq` ON `village_metric_values` (`venture_id`,`metric_id`,`period`);--> statement-breakpoint
ALTER TABLE `village_metrics` ADD `description` text;--> statement-breakpoint
ALTER TABLE `village_metrics` ADD `granularity` text DEFAULT 'year' NOT NULL;--> statement-breakpoint
ALTER TABLE `village_metrics` ADD `role` text;--> statement-breakpoint
ALTER TABLE `village_metrics` ADD `compare_group` text;--> statement-breakpoint
ALTER TABLE `village_metrics` ADD `sort_order` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `village_metrics` ADD `archived` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `work_item_milestones` ADD `evidence` text;--> statement-breakpoint
ALTER TABLE `work_item_milestones` ADD `updated_by` integer;--> statement-breakpoint
ALTER TABLE `work_item_milestones` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `done_date` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `closed_by` integer;--> statement-breakpoint
ALTER TABLE `work_items` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `close_note` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `work_items` ADD `created_by` integer;--> statement-breakpoint
ALTER TABLE `work_items` ADD `updated_by` integer;--> statement-breakpoint
ALTER TABLE `work_items` ADD `updated_at` text;--> statement-breakpoint
-- Figures recorded before the reporting workflow existed are the source page's own, as printed: approved.
UPDATE `village_metric_values` SET `status` = 'approved';--> statement-breakpoint
UPDATE `project_figures` SET `status` = 'approved';--> statement-breakpoint
-- The source page's catalogue gets its chart roles (a fresh seed writes the same).
UPDATE `village_metrics` SET `role` = 'price_ours', `compare_group` = '茶青' WHERE `key` = 'tea_leaf_price';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'price_market', `compare_group` = '茶青' WHERE `key` = 'tea_leaf_market_price';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'price_ours', `compare_group` = '干茶' WHERE `key` IN ('dry_tea_price_low', 'dry_tea_price_high');--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'price_market', `compare_group` = '干茶' WHERE `key` = 'dry_tea_price';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'output_share' WHERE `key` = 'leaf_purchase_share';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'households' WHERE `key` = 'households_benefited';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'income_before' WHERE `key` = 'grower_income';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'income_after' WHERE `key` = 'grower_net_profit';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'investment' WHERE `key` = 'operator_investment';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'revenue' WHERE `key` = 'homestay_revenue';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'owner_share' WHERE `key` = 'owner_share_rate';--> statement-breakpoint
UPDATE `village_metrics` SET `role` = 'owner_income' WHERE `key` = 'owner_income';--> statement-breakpoint
-- The source page's project and work item belong to the task forces that own them.
UPDATE `projects` SET `task_force_id` = (SELECT `id` FROM `task_forces` WHERE `name` = '生产性服务业专班' LIMIT 1)
WHERE `name` = '实达实衢州智能制造服务平台' AND `task_force_id` IS NULL;--> statement-breakpoint
UPDATE `work_items` SET `task_force_id` = (SELECT `id` FROM `task_forces` WHERE `name` = '基层治理专班' LIMIT 1)
WHERE `title` = '姜家山乡政府机关大院“拆墙透绿”' AND `task_force_id` IS NULL;
