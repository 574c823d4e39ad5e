import { TICKET_STATUSES } from '../db/schema.ts';
import { CATEGORIES } from '../parser/types.ts';

const error = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};
const errors = {
  '400': { description: 'Invalid input: the field errors are listed', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '401': { description: 'No valid token or session', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'No such ticket', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '413': { description: 'Body over 1 MB', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const queryParam = (name: string, description: string, schema: unknown = { type: 'string' }) => ({ name, in: 'query', description, schema });

/** The API's description, served at /api/openapi.json. A test checks every route here exists in the app and vice versa. */
export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'Köprü API',
    version: '0.1.0',
    description: 'Tickets from every channel (SMS, WhatsApp, web chat) of a social-support hotline. Authenticate with `Authorization: Bearer <token>` (`kopru token create <name>`) or an operator session.',
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: error,
      TicketSummary: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          number: { type: 'string', example: '183-2026-000042' },
          channel: { type: 'string', example: 'smpp' },
          status: { type: 'string', enum: TICKET_STATUSES },
          category: { type: ['string', 'null'], enum: [...CATEGORIES, null] },
          urgent: { type: 'boolean' },
          province: { type: ['string', 'null'] },
          lang: { type: ['string', 'null'], enum: ['tr', 'ku', 'ar', null] },
          assigneeId: { type: ['integer', 'null'] },
          citizen: {
            type: 'object',
            properties: { id: { type: ['integer', 'null'] }, name: { type: ['string', 'null'] }, tckn: { type: ['string', 'null'], description: 'masked, e.g. 123******50' } },
          },
          contact: { type: 'object', properties: { id: { type: 'integer' }, address: { type: 'string', description: 'masked' } } },
          lastMessage: {
            type: ['object', 'null'],
            properties: { id: { type: 'integer' }, direction: { type: 'string' }, body: { type: 'string' }, status: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' } },
          },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
          lastMessageAt: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    '/healthz': {
      get: {
        summary: 'Liveness and channel health',
        security: [],
        responses: { '200': { description: '{ status: "ok", channels: {...} }' }, '503': { description: 'database unusable' } },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    '/api/tickets': {
      get: {
        summary: 'Tickets, newest activity first',
        parameters: [
          queryParam('status', `comma-separated: ${TICKET_STATUSES.join(', ')}`),
          queryParam('channel', 'comma-separated channel names'),
          queryParam('category', `comma-separated: ${CATEGORIES.join(', ')}`),
          queryParam('province', 'official province name, e.g. Şanlıurfa'),
          queryParam('lang', 'tr, ku or ar'),
          queryParam('urgent', 'true or false'),
          queryParam('assignee', 'a user id, or none for unassigned'),
          queryParam('q', 'full-text search over messages (Turkish letters optional)'),
          queryParam('limit', '1–200, default 50', { type: 'integer' }),
          queryParam('cursor', 'the `next` of the previous page'),
        ],
        responses: {
          '200': json({ type: 'object', properties: { tickets: { type: 'array', items: { $ref: '#/components/schemas/TicketSummary' } }, next: { type: ['string', 'null'] } } }),
          ...errors,
        },
      },
    },
    '/api/tickets/{id}': {
      get: {
        summary: 'One ticket with its whole thread and the citizen\'s other tickets (the view is audited)',
        parameters: [idParam],
        responses: { '200': { description: '{ ticket, messages, related }' }, ...errors },
      },
      patch: {
        summary: 'Change status, assignee, category, urgency or province',
        parameters: [idParam],
        requestBody: json({
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: TICKET_STATUSES },
            assigneeId: { type: ['integer', 'null'] },
            category: { type: 'string', enum: CATEGORIES },
            urgent: { type: 'boolean' },
            province: { type: ['string', 'null'] },
          },
        }),
        responses: { '200': { description: '{ ticket, changed }' }, ...errors },
      },
    },
    '/api/tickets/{id}/reveal': {
      post: {
        summary: 'The clear kimlik no and unmasked message texts of a ticket (audited)',
        parameters: [idParam],
        responses: { '200': json({ type: 'object', properties: { tckn: { type: ['string', 'null'] }, messages: { type: 'array' } } }), ...errors },
      },
    },
    '/api/tickets/{id}/replies': {
      post: {
        summary: 'Reply on the channel the citizen used (queued in the outbox)',
        parameters: [idParam],
        requestBody: json({ type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string', minLength: 1, maxLength: 4096 } } }),
        responses: { '201': json({ type: 'object', properties: { messageId: { type: 'integer' }, outboxId: { type: 'integer' }, channel: { type: 'string' }, status: { const: 'queued' } } }), ...errors },
      },
    },
    '/api/media/{id}': {
      get: {
        summary: 'A file a citizen sent (voice note, photo, video, document), by the mediaId of a message attachment',
        parameters: [{ name: 'id', in: 'path', required: true, description: 'sha256 of the file, 64 hex characters', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } }],
        responses: {
          '200': { description: 'The bytes, with their Content-Type; images, audio and video inline, documents as attachment' },
          '400': errors['400'],
          '401': errors['401'],
          '404': { description: 'No such media', content: errors['404'].content },
        },
      },
    },
    '/api/channels/whatsapp/pairing': {
      get: {
        summary: 'Pairing state of the WhatsApp linked device (Baileys), with the QR code to scan while unpaired (admins only)',
        responses: {
          '200': json({
            type: 'object',
            properties: {
              state: { type: 'string', enum: ['connecting', 'needs_pairing', 'connected', 'reconnecting', 'replaced', 'forbidden', 'stopped'] },
              detail: { type: 'string' },
              since: { type: 'string', format: 'date-time' },
              qr: { type: ['string', 'null'], description: 'an SVG image of the QR code; show it as <img src="data:image/svg+xml;base64,…">' },
              pairingCode: { type: ['string', 'null'], description: 'the 8-character code to type on the phone, when one was asked for' },
            },
          }),
          '401': errors['401'],
          '403': { description: 'Not an admin', content: errors['401'].content },
          '404': { description: 'WhatsApp (Baileys) is not enabled', content: errors['404'].content },
        },
      },
    },
    '/api/channels/whatsapp/pairing-code': {
      post: {
        summary: 'Pair with a code instead of the QR: WhatsApp → Linked devices → Link with phone number (admins only)',
        requestBody: json({ type: 'object', required: ['phone'], additionalProperties: false, properties: { phone: { type: 'string', example: '905321234567' } } }),
        responses: {
          '200': json({ type: 'object', properties: { pairingCode: { type: 'string' } } }),
          '400': errors['400'],
          '401': errors['401'],
          '403': { description: 'Not an admin', content: errors['401'].content },
          '404': { description: 'WhatsApp (Baileys) is not enabled', content: errors['404'].content },
          '409': { description: 'Already paired, or the link was replaced by another session', content: errors['404'].content },
          '503': { description: 'WhatsApp did not offer pairing in time', content: errors['404'].content },
        },
      },
    },
  },
} as const;
