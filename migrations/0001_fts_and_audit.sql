-- Full-text search over message bodies. Text is folded in JS (Turkish lower case, ı→i, marks
-- stripped) before it is indexed and before it is queried: FTS5's own folding misses dotless ı.
CREATE VIRTUAL TABLE `messages_fts` USING fts5(`body`, content='', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
-- The audit trail is append-only: who saw and changed what must not be rewritten afterwards.
CREATE TRIGGER `events_no_update` BEFORE UPDATE ON `events` BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `events_no_delete` BEFORE DELETE ON `events` BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
