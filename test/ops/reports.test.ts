import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median, percentile } from '../../src/store/reports.ts';
import type { TestContext } from '../harness/test-deps.ts';
import { one, opsContext, staff, type Staff } from './ops-helpers.ts';

const Z = (iso: string) => Date.parse(iso);
const S = 1000;

let t: TestContext;
let sup: Staff;

interface Seed {
  created: string;
  channel: string;
  category: string;
  province: string | null;
  firstResponse?: number;
  resolved?: number;
  reopened?: boolean;
  inboundAfterResponse?: boolean;
  referral?: { at: string; actionedAfterMs?: number };
  survey?: { at?: string; rating: number | null };
}

/** A seeded data set with hand-computed figures (Istanbul = UTC+3; 2026-11-01..07). */
const SEEDS: Seed[] = [
  { created: '2026-11-01T07:00:00Z', channel: 'sms', category: 'kadin', province: 'Ankara', firstResponse: 60 * S, resolved: 3600 * S, referral: { at: '2026-11-01T07:10:00Z', actionedAfterMs: 2 * 3600 * S }, survey: { rating: null } },
  // 22:30 UTC is 01:30 the next day in Istanbul: counted on 11-02.
  { created: '2026-11-01T22:30:00Z', channel: 'webchat', category: 'genel', province: 'İstanbul', firstResponse: 120 * S, resolved: 7200 * S, survey: { rating: 5 } },
  { created: '2026-11-02T09:00:00Z', channel: 'sms', category: 'cocuk', province: 'Ankara', firstResponse: 300 * S, resolved: 86400 * S, reopened: true, referral: { at: '2026-11-02T10:00:00Z', actionedAfterMs: 30 * 3600 * S } },
  { created: '2026-11-03T09:00:00Z', channel: 'whatsapp', category: 'genel', province: null, firstResponse: 30 * S, resolved: 600 * S, inboundAfterResponse: true, survey: { rating: 4 } },
  { created: '2026-11-03T10:00:00Z', channel: 'sms', category: 'yasli', province: 'Konya', referral: { at: '2026-11-03T10:00:00Z' } },
  { created: '2026-10-31T20:59:00Z', channel: 'sms', category: 'genel', province: 'Ankara', firstResponse: 10 * S, resolved: 20 * S }, // 10-31 23:59 Istanbul: outside
  { created: '2026-11-07T20:00:00Z', channel: 'sms', category: 'genel', province: 'Ankara', firstResponse: 600 * S, resolved: 1200 * S, referral: { at: '2026-11-07T20:00:30Z' }, survey: { rating: 2 } },
  { created: '2026-11-07T21:00:00Z', channel: 'sms', category: 'kadin', province: 'Ankara', firstResponse: 5 * S, survey: { at: '2026-11-07T21:30:00Z', rating: 1 } }, // 11-08 00:00 Istanbul: outside
];

function seed(t: TestContext) {
  const c = t.deps.db.$client;
  SEEDS.forEach((s, i) => {
    const created = Z(s.created);
    const contact = c.prepare<[string, string, number], { id: number }>(`INSERT INTO contacts (channel, address, created_at) VALUES (?, ?, ?) RETURNING id`).get(s.channel, `+9053200000${i}`, created)!.id;
    const id = c
      .prepare<[string, string, number, string, string | null, number, number, number, number | null, number | null, string], { id: number }>(
        `INSERT INTO tickets (number, channel, contact_id, category, province, created_at, updated_at, last_message_at, first_response_at, resolved_at, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(`183-2026-${String(i + 1).padStart(6, '0')}`, s.channel, contact, s.category, s.province, created, created, created, s.firstResponse === undefined ? null : created + s.firstResponse, s.resolved === undefined ? null : created + s.resolved, s.resolved === undefined ? 'open' : 'resolved')!.id;
    const msg = (direction: string, at: number) =>
      c.prepare(`INSERT INTO messages (ticket_id, direction, channel, body, attachments, status, created_at) VALUES (?, ?, ?, 'x', '[]', 'received', ?)`).run(id, direction, s.channel, at);
    msg('in', created);
    if (s.firstResponse !== undefined) msg('out', created + s.firstResponse);
    if (s.inboundAfterResponse) msg('in', created + s.firstResponse! + 1000);
    if (s.reopened) c.prepare(`INSERT INTO events (ticket_id, actor, type, created_at) VALUES (?, 'system', 'ticket.reopened', ?)`).run(id, created + 1000);
    if (s.referral) {
      const at = Z(s.referral.at);
      c.prepare(
        `INSERT INTO referrals (ticket_id, province, subject, responder_name, responder_mobile, token_hash, link_expires_at, deadline_at, created_at, actioned_at)
         VALUES (?, 'Ankara', 'kadin', 'X', '+905320000000', ?, ?, ?, ?, ?)`,
      ).run(id, `hash-${i}`, at + 72 * 3600 * S, at + 24 * 3600 * S, at, s.referral.actionedAfterMs === undefined ? null : at + s.referral.actionedAfterMs);
    }
    if (s.survey) {
      const at = s.survey.at ? Z(s.survey.at) : created + (s.resolved ?? 0);
      c.prepare(`INSERT INTO surveys (ticket_id, channel, created_at, expires_at, rating, answered_at) VALUES (?, ?, ?, ?, ?, ?)`).run(id, s.channel, at, at + 48 * 3600 * S, s.survey.rating, s.survey.rating === null ? null : at + 60 * S);
    }
  });
}

beforeAll(async () => {
  t = opsContext();
  seed(t);
  t.clock.now = Z('2026-11-08T12:00:00Z');
  sup = await staff(t, 'sup', 'supervisor');
});
afterAll(() => t.close());

describe('percentiles', () => {
  it.each<[number[], number | null, number | null]>([
    [[], null, null],
    [[7], 7, 7],
    [[1, 2], 1.5, 2],
    [[30, 60, 120, 300, 600], 120, 600],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5, 9],
  ])('%j → median %s, p90 %s', (values, m, p) => {
    expect(median(values)).toBe(m);
    expect(percentile(values, 0.9)).toBe(p);
  });
});

describe('reports against a seeded data set', () => {
  const attr = (html: string, id: string, name: string) => new RegExp(`id="${id}"[^>]*?${name}="([^"]*)"`).exec(html)?.[1];

  it('the page shows the hand-computed figures and draws its charts in SVG', async () => {
    const res = await sup.get('/reports?from=2026-11-01&to=2026-11-07');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(attr(html, 'kpi-total', 'data-value')).toBe('6');
    expect(attr(html, 'kpi-first-response', 'data-median')).toBe(String(120 * S));
    expect(attr(html, 'kpi-first-response', 'data-p90')).toBe(String(600 * S));
    expect(attr(html, 'kpi-resolution', 'data-median')).toBe(String(3600 * S));
    expect(attr(html, 'kpi-resolution', 'data-p90')).toBe(String(86400 * S));
    expect(attr(html, 'kpi-fcr', 'data-value')).toBe('0.2');
    expect(attr(html, 'kpi-referrals', 'data-met')).toBe('1');
    expect(attr(html, 'kpi-referrals', 'data-missed')).toBe('2');
    expect(attr(html, 'kpi-referrals', 'data-open')).toBe('1');
    expect(Number(attr(html, 'kpi-satisfaction', 'data-average'))).toBeCloseTo(11 / 3, 6);
    expect(Number(attr(html, 'kpi-satisfaction', 'data-satisfied'))).toBeCloseTo(2 / 3, 6);
    // Per day 11-01..11-07: 1, 2, 2, 0, 0, 0, 1.
    const perDay = /<svg[^>]*id="chart-per-day"[\s\S]*?<\/svg>/.exec(html)![0];
    expect([...perDay.matchAll(/data-value="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 2, 0, 0, 0, 1]);
    expect(html).not.toMatch(/<script(?![^>]*(?:src="\/inbox\/assets\/app\.js|type="application\/json"))/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('the CSV exports carry the same figures, and each export is audited', async () => {
    const daily = await (await sup.get('/reports/daily.csv?from=2026-11-01&to=2026-11-07')).text();
    const lines = daily.trim().split('\r\n');
    expect(lines[0]).toBe('"day","channel","category","province","tickets"');
    expect(lines).toContain('"2026-11-02","webchat","genel","İstanbul","1"');
    expect(lines).toHaveLength(1 + 6);
    const summary = Object.fromEntries(
      (await (await sup.get('/reports/summary.csv?from=2026-11-01&to=2026-11-07')).text())
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',').map((x) => x.replace(/^"|"$/g, '')) as [string, string]),
    );
    expect(summary).toMatchObject({
      tickets: '6',
      'tickets.channel.sms': '4',
      'tickets.channel.webchat': '1',
      'tickets.channel.whatsapp': '1',
      'tickets.category.genel': '3',
      'tickets.province.Ankara': '3',
      'tickets.province.none': '1',
      'first_response.median_seconds': '120',
      'first_response.p90_seconds': '600',
      'resolution.median_seconds': '3600',
      'resolution.p90_seconds': '86400',
      'first_contact_resolution.resolved': '5',
      'first_contact_resolution.first_contact': '1',
      'first_contact_resolution.rate': '0.2',
      'referrals.total': '4',
      'referrals.deadline_met': '1',
      'referrals.deadline_missed': '2',
      'referrals.not_yet_due': '1',
      'satisfaction.sent': '4',
      'satisfaction.answered': '3',
      'satisfaction.average': '3.6667',
      'satisfaction.satisfied_rate': '0.6667',
      'satisfaction.rating_1': '0',
      'satisfaction.rating_2': '1',
      'satisfaction.rating_4': '1',
      'satisfaction.rating_5': '1',
    });
    const exported = t.deps.db.$client.prepare("SELECT actor, data FROM events WHERE type = 'report.exported' ORDER BY id").all() as Array<{ actor: string; data: string }>;
    expect(exported.map((e) => JSON.parse(e.data).part)).toEqual(['daily', 'summary']);
    expect(exported[0]!.actor).toBe(`user:${sup.id}`);
  });

  it('operators may not see reports; bad dates are a 400', async () => {
    const op = await staff(t, 'op');
    expect((await op.get('/reports')).status).toBe(403);
    expect((await op.get('/reports/daily.csv')).status).toBe(403);
    expect((await sup.get('/reports?from=yesterday')).status).toBe(400);
    expect((await sup.get('/reports')).status).toBe(200); // the last 30 days by default
    expect(one(t, "SELECT 1 FROM events WHERE type = 'report.exported' AND actor = ?", `user:${op.id}`)).toBeUndefined();
  });
});
