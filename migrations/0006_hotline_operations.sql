CREATE TABLE `ame_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`province` text NOT NULL,
	`subject` text NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`mobile` text NOT NULL,
	`email` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ame_contacts_province_subject` ON `ame_contacts` (`province`,`subject`);--> statement-breakpoint
CREATE TABLE `operator_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`presence` text DEFAULT 'offline' NOT NULL,
	`languages` text DEFAULT '["tr"]' NOT NULL,
	`categories` text DEFAULT '[]' NOT NULL,
	`last_assigned_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`ame_contact_id` integer,
	`province` text NOT NULL,
	`subject` text NOT NULL,
	`responder_name` text NOT NULL,
	`responder_title` text,
	`responder_mobile` text NOT NULL,
	`token_hash` text NOT NULL,
	`link_expires_at` integer NOT NULL,
	`deadline_at` integer NOT NULL,
	`referred_by` integer,
	`outbox_id` integer,
	`created_at` integer NOT NULL,
	`actioned_at` integer,
	`overdue_at` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ame_contact_id`) REFERENCES `ame_contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referred_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_token_hash_unique` ON `referrals` (`token_hash`);--> statement-breakpoint
CREATE INDEX `referrals_ticket` ON `referrals` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `referrals_open` ON `referrals` (`actioned_at`,`deadline_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`channel` text NOT NULL,
	`outbox_id` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`rating` integer,
	`answered_at` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `surveys_ticket` ON `surveys` (`ticket_id`,`id`);--> statement-breakpoint
CREATE INDEX `surveys_created` ON `surveys` (`created_at`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`endpoint_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`event_type` text NOT NULL,
	`payload` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_status` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due` ON `webhook_deliveries` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_once` ON `webhook_deliveries` (`endpoint_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`secret_enc` text NOT NULL,
	`events` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tickets_assignee` ON `tickets` (`assignee_id`,`status`);