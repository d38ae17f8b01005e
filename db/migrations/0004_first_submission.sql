ALTER TABLE `progress_entries` ADD `first_submitted_at` text;--> statement-breakpoint
-- The first submission is not known for entries submitted before this column: the latest one stands in.
UPDATE `progress_entries` SET `first_submitted_at` = `submitted_at` WHERE `submitted_at` IS NOT NULL;--> statement-breakpoint
-- 错月: a lagged indicator's figure is late against the deadline of the round that owes it (data month + lag),
-- not of its own month. Timestamps are ISO-8601 UTC text, so they compare as text.
UPDATE `progress_entries` SET `late` = (
  SELECT CASE WHEN `progress_entries`.`first_submitted_at` > p.`deadline` THEN 1 ELSE 0 END
    FROM `indicators` i
    JOIN `task_forces` t ON t.`id` = i.`task_force_id`
    JOIN `competitions` c ON c.`id` = t.`competition_id`
    JOIN `periods` p ON p.`campaign_id` = c.`campaign_id`
     AND p.`period` = strftime('%Y-%m', `progress_entries`.`period` || '-01', '+' || i.`lag_months` || ' months')
   WHERE i.`id` = `progress_entries`.`indicator_id`
)
WHERE `first_submitted_at` IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM `indicators` i
      JOIN `task_forces` t ON t.`id` = i.`task_force_id`
      JOIN `competitions` c ON c.`id` = t.`competition_id`
      JOIN `periods` p ON p.`campaign_id` = c.`campaign_id`
       AND p.`period` = strftime('%Y-%m', `progress_entries`.`period` || '-01', '+' || i.`lag_months` || ' months')
     WHERE i.`id` = `progress_entries`.`indicator_id` AND i.`lag_months` > 0
  );
