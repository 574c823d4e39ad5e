DROP INDEX `tickets_contact`;--> statement-breakpoint
CREATE INDEX `tickets_contact` ON `tickets` (`contact_id`);