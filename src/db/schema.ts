import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Milliseconds since the epoch: sortable, exact, no time-zone guessing. */
const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const TICKET_STATUSES = ['new', 'open', 'pending', 'referred', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const ROLES = ['operator', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const DELIVERY_STATUSES = ['received', 'queued', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name'),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: timestamp('created_at').notNull(),
});

export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** sha256 of the token: the token itself is shown once and never stored. */
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at').notNull(),
  lastUsedAt: timestamp('last_used_at'),
  revokedAt: timestamp('revoked_at'),
});

export const citizens = sqliteTable('citizens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** AES-256-GCM under DATA_KEY; never in clear in the database. */
  tcknEnc: text('tckn_enc').notNull(),
  /** Keyed HMAC of the kimlik no: equality lookup without decrypting. */
  tcknIndex: text('tckn_index').notNull().unique(),
  /** `123******50`, what lists may show. */
  tcknMasked: text('tckn_masked').notNull(),
  name: text('name'),
  createdAt: timestamp('created_at').notNull(),
});

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    name: text('name'),
    citizenId: integer('citizen_id').references(() => citizens.id),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('contacts_channel_address').on(t.channel, t.address), index('contacts_citizen').on(t.citizenId)],
);

export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull().unique(),
    channel: text('channel').notNull(),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
    citizenId: integer('citizen_id').references(() => citizens.id),
    status: text('status', { enum: TICKET_STATUSES }).notNull().default('new'),
    category: text('category'),
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    province: text('province'),
    lang: text('lang'),
    assigneeId: integer('assignee_id').references(() => users.id),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    lastMessageAt: timestamp('last_message_at').notNull(),
    firstResponseAt: timestamp('first_response_at'),
    resolvedAt: timestamp('resolved_at'),
    closedAt: timestamp('closed_at'),
  },
  (t) => [
    index('tickets_activity').on(t.lastMessageAt, t.id),
    // contact_id alone: the index is not rewritten each time a message moves last_message_at (intake's hot path).
    index('tickets_contact').on(t.contactId),
    index('tickets_citizen').on(t.citizenId),
    index('tickets_status').on(t.status, t.lastMessageAt),
    // Routing counts each online operator's open tickets on every new ticket.
    index('tickets_assignee').on(t.assigneeId, t.status),
    // The inbox puts urgent open tickets on top; there are few, so a partial index finds them at once.
    index('tickets_urgent_open')
      .on(t.lastMessageAt, t.id)
      .where(sql`urgent = 1 AND status IN ('new', 'open', 'pending', 'referred')`),
  ],
);

export const ticketCounters = sqliteTable('ticket_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    direction: text('direction', { enum: ['in', 'out', 'note'] }).notNull(),
    channel: text('channel').notNull(),
    /** The provider's id (SMSC message id, MessageSid, WhatsApp key id, web chat client id). */
    externalId: text('external_id'),
    /** As shown: any kimlik no in it masked in place (same length, so parser spans still fit). */
    body: text('body').notNull(),
    /** The original body, AES-256-GCM, only when masking changed it; revealed on request and audited. */
    bodyEnc: text('body_enc'),
    /** Parser output (JSON) for inbound text; the kimlik no inside is replaced by its mask. */
    parsed: text('parsed', { mode: 'json' }),
    /** Adapter facts kept with the message (provider time, incomplete SMS, web chat topic). */
    meta: text('meta', { mode: 'json' }),
    attachments: text('attachments', { mode: 'json' }).notNull().default(sql`'[]'`),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
    error: text('error'),
    authorId: integer('author_id').references(() => users.id),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('messages_channel_external').on(t.channel, t.externalId), index('messages_ticket').on(t.ticketId, t.id)],
);

/** Append-only history and audit (triggers refuse UPDATE and DELETE). */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id').references(() => tickets.id),
    /** `user:<id>`, `token:<name>`, `channel:<name>` or `system`. */
    actor: text('actor').notNull(),
    type: text('type').notNull(),
    data: text('data', { mode: 'json' }),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('events_ticket').on(t.ticketId, t.id), index('events_type').on(t.type, t.id)],
);

export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: integer('message_id').references(() => messages.id),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    body: text('body').notNull(),
    /** Why it is sent: `reply`, `ack`, `survey`, `referral`… (acks are never acknowledged). */
    kind: text('kind').notNull().default('reply'),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at').notNull(),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [
    index('outbox_due').on(t.state, t.nextAttemptAt),
    // The acknowledgement cap counts a number's recent acks on every new SMS ticket.
    index('outbox_recipient').on(t.recipient, t.kind, t.createdAt),
  ],
);

export const channelState = sqliteTable(
  'channel_state',
  {
    channel: text('channel').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.key] })],
);

/** Operator sessions for the inbox: the cookie carries the id, the table its hash. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at').notNull(),
    lastSeenAt: timestamp('last_seen_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const cannedReplies = sqliteTable('canned_replies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  /** May hold placeholders: {ticket}, {name}. */
  body: text('body').notNull(),
  lang: text('lang').notNull().default('tr'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at').notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});

/** Parts of concatenated SMS waiting for their siblings; kept so a restart between parts loses nothing. */
export const smsParts = sqliteTable(
  'sms_parts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    source: text('source').notNull(),
    /** Concatenation reference (8- or 16-bit UDH, or SAR), with the total so reused refs do not mix. */
    ref: integer('ref').notNull(),
    total: integer('total').notNull(),
    seq: integer('seq').notNull(),
    /** The part's text, AES-256-GCM (it may hold a kimlik no). */
    bodyEnc: text('body_enc').notNull(),
    externalId: text('external_id').notNull(),
    receivedAt: timestamp('received_at').notNull(),
  },
  (t) => [uniqueIndex('sms_parts_key').on(t.channel, t.source, t.ref, t.total, t.seq), index('sms_parts_age').on(t.receivedAt)],
);

/** Media files citizens sent (voice notes, photos, documents): bytes under <data>/media by sha256, encrypted; facts here. */
export const media = sqliteTable('media', {
  /** sha256 of the plain bytes, hex: the same file sent twice is stored once. */
  id: text('id').primaryKey(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  createdAt: timestamp('created_at').notNull(),
});

export const PRESENCES = ['online', 'away', 'offline'] as const;
export type Presence = (typeof PRESENCES)[number];

/** Routing facts per operator: presence and skills (languages, categories; no categories = all). */
export const operatorProfiles = sqliteTable('operator_profiles', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  presence: text('presence', { enum: PRESENCES }).notNull().default('offline'),
  /** JSON array of tr/ku/ar. */
  languages: text('languages', { mode: 'json' }).notNull().default(sql`'["tr"]'`),
  /** JSON array of categories; empty takes every category. */
  categories: text('categories', { mode: 'json' }).notNull().default(sql`'[]'`),
  lastAssignedAt: timestamp('last_assigned_at'),
  updatedAt: timestamp('updated_at').notNull(),
});

/** Switches changed at run time by supervisors (auto-assignment…); env holds the rest. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});

export const AME_SUBJECTS = ['cocuk', 'kadin', 'engelli', 'yasli'] as const;
export type AmeSubject = (typeof AME_SUBJECTS)[number];

/** The directory of each province's emergency response team (AME) responsible persons, per subject. */
export const ameContacts = sqliteTable(
  'ame_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    province: text('province').notNull(),
    subject: text('subject', { enum: AME_SUBJECTS }).notNull(),
    name: text('name').notNull(),
    title: text('title'),
    mobile: text('mobile').notNull(),
    email: text('email'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('ame_contacts_province_subject').on(t.province, t.subject)],
);

/** A case sent to an AME: who got it (a copy, the directory changes), the one-time link's hash, the 24-hour deadline. */
export const referrals = sqliteTable(
  'referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    ameContactId: integer('ame_contact_id').references(() => ameContacts.id),
    province: text('province').notNull(),
    subject: text('subject').notNull(),
    responderName: text('responder_name').notNull(),
    responderTitle: text('responder_title'),
    responderMobile: text('responder_mobile').notNull(),
    /** sha256 of the link token; the token itself is only in the SMS. */
    tokenHash: text('token_hash').notNull().unique(),
    linkExpiresAt: timestamp('link_expires_at').notNull(),
    deadlineAt: timestamp('deadline_at').notNull(),
    referredBy: integer('referred_by').references(() => users.id),
    outboxId: integer('outbox_id'),
    createdAt: timestamp('created_at').notNull(),
    actionedAt: timestamp('actioned_at'),
    overdueAt: timestamp('overdue_at'),
  },
  (t) => [index('referrals_ticket').on(t.ticketId), index('referrals_open').on(t.actionedAt, t.deadlineAt)],
);

/** Satisfaction surveys sent on resolution and their answers (1–5). */
export const surveys = sqliteTable(
  'surveys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    channel: text('channel').notNull(),
    outboxId: integer('outbox_id'),
    createdAt: timestamp('created_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    rating: integer('rating'),
    answeredAt: timestamp('answered_at'),
  },
  (t) => [index('surveys_ticket').on(t.ticketId, t.id), index('surveys_created').on(t.createdAt)],
);

/** Integrations told about ticket changes; the secret signs each delivery (sealed under DATA_KEY). */
export const webhookEndpoints = sqliteTable('webhook_endpoints', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull(),
  secretEnc: text('secret_enc').notNull(),
  /** JSON array of event names. */
  events: text('events', { mode: 'json' }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: timestamp('created_at').notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});

/** The durable queue of webhook deliveries: one row per endpoint and event, retried with backoff. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    endpointId: integer('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    eventId: integer('event_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: text('payload').notNull(),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at').notNull(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [index('webhook_deliveries_due').on(t.state, t.nextAttemptAt), uniqueIndex('webhook_deliveries_once').on(t.endpointId, t.eventId)],
);

/**
 * How far the full-text index (messages_fts) has caught up with `messages`: every message with an id up
 * to `indexed_through` is in it. One row. The index is written in batches behind intake (src/search/).
 */
export const searchIndexState = sqliteTable('search_index_state', {
  id: integer('id').primaryKey(),
  indexedThrough: integer('indexed_through').notNull(),
});
