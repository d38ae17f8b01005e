CREATE TABLE `published_rankings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`period` text NOT NULL,
	`version` integer NOT NULL,
	`record` text NOT NULL,
	`published_by` integer,
	`published_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `published_rankings_uq` ON `published_rankings` (`campaign_id`,`period`,`version`);--> statement-breakpoint
CREATE TABLE `target_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`field` text NOT NULL,
	`old_value` real,
	`new_value` real NOT NULL,
	`reason` text NOT NULL,
	`changed_by` integer,
	`changed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `target_changes_indicator_idx` ON `target_changes` (`indicator_id`);