ALTER TABLE `meeting_slides` ADD `village_id` integer REFERENCES villages(id);--> statement-breakpoint
ALTER TABLE `meeting_slides` ADD `project_id` integer REFERENCES projects(id);