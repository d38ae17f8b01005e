PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_target_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`field` text NOT NULL,
	`period` text,
	`old_value` real,
	`new_value` real,
	`reason` text NOT NULL,
	`changed_by` integer,
	`changed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "target_changes_period_ck" CHECK((field = 'phasedTarget') = (period is not null)),
	CONSTRAINT "target_changes_new_value_ck" CHECK(new_value is not null or field = 'phasedTarget')
);
--> statement-breakpoint
INSERT INTO `__new_target_changes`("id", "indicator_id", "field", "period", "old_value", "new_value", "reason", "changed_by", "changed_at") SELECT "id", "indicator_id", "field", NULL, "old_value", "new_value", "reason", "changed_by", "changed_at" FROM `target_changes`;--> statement-breakpoint
DROP TABLE `target_changes`;--> statement-breakpoint
ALTER TABLE `__new_target_changes` RENAME TO `target_changes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `target_changes_indicator_idx` ON `target_changes` (`indicator_id`);