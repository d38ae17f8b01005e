DROP INDEX `progress_entries_period_idx`;--> statement-breakpoint
CREATE INDEX `progress_entries_period_cover_idx` ON `progress_entries` (`period`,`indicator_id`,`value`,`status`);