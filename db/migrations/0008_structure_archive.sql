ALTER TABLE `competitions` ADD `archived_from` text;--> statement-breakpoint
ALTER TABLE `competitions` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `archived_from` text;--> statement-breakpoint
ALTER TABLE `indicators` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `people` ADD `archived_from` text;--> statement-breakpoint
ALTER TABLE `people` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `task_forces` ADD `archived_from` text;--> statement-breakpoint
ALTER TABLE `task_forces` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `units` ADD `archived_from` text;--> statement-breakpoint
ALTER TABLE `units` ADD `archived_at` text;