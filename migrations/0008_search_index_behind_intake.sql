CREATE TABLE `search_index_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`indexed_through` integer NOT NULL
);
--> statement-breakpoint
-- Messages written before this migration were indexed as they came.
INSERT INTO `search_index_state` (`id`, `indexed_through`) SELECT 1, coalesce(max(`id`), 0) FROM `messages`;
