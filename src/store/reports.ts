import type { Db } from '../db/client.ts';

/** Istanbul is UTC+3 all year: report days are its days. */
export const ISTANBUL_OFFSET_MS = 3 * 3600_000;

export interface ReportRange {
  /** Inclusive start, exclusive end (ms). */
  from: number;
  to: number;
}

export interface Durations {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface Report {
  range: ReportRange;
  days: string[];
  /** Tickets opened per day × channel × category × province. */
  daily: Array<{ day: string; channel: string; category: string; province: string; tickets: number }>;
  perDay: Array<{ day: string; tickets: number }>;
  byChannel: Array<[string, number]>;
  byCategory: Array<[string, number]>;
  byProvince: Array<[string, number]>;
  total: number;
  firstResponse: Durations;
  resolution: Durations;
  firstContact: { resolved: number; firstContact: number; rate: number | null };
  referrals: { total: number; met: number; missed: number; open: number };
  satisfaction: { sent: number; answered: number; average: number | null; satisfiedRate: number | null; distribution: number[] };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Median: the middle value, or the mean of the two middle values. */
export function median(sorted: number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

const durations = (values: number[]): Durations => {
  const sorted = values.filter((v) => v >= 0).sort((a, b) => a - b);
  return { count: sorted.length, medianMs: median(sorted), p90Ms: percentile(sorted, 0.9) };
};

export const dayOf = (ms: number) => new Date(ms + ISTANBUL_OFFSET_MS).toISOString().slice(0, 10);
export const dayStart = (day: string) => Date.parse(`${day}T00:00:00+03:00`);

const sortDesc = (m: Map<string, number>): Array<[string, number]> => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'tr'));

/**
 * The supervisors' figures for tickets opened in the range (responses, resolutions and first-contact
 * resolution of those tickets), referrals made in it, and surveys sent in it. `now` decides which
 * referral deadlines have passed.
 */
export function buildReport(db: Db, range: ReportRange, now: number): Report {
  const c = db.$client;
  const args = [range.from, range.to] as const;
  const daily = c
    .prepare<[number, number], { day: string; channel: string; category: string; province: string; tickets: number }>(
      `SELECT date((created_at + ${ISTANBUL_OFFSET_MS}) / 1000, 'unixepoch') AS day, channel, coalesce(category, '') AS category,
              coalesce(province, '') AS province, count(*) AS tickets
       FROM tickets WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all(...args);
  const days: string[] = [];
  for (let d = range.from; d < range.to && days.length < 400; d += 86_400_000) days.push(dayOf(d));
  const perDayMap = new Map(days.map((d) => [d, 0]));
  const byChannel = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const byProvince = new Map<string, number>();
  let total = 0;
  for (const r of daily) {
    total += r.tickets;
    perDayMap.set(r.day, (perDayMap.get(r.day) ?? 0) + r.tickets);
    byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + r.tickets);
    byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.tickets);
    byProvince.set(r.province, (byProvince.get(r.province) ?? 0) + r.tickets);
  }

  const times = c
    .prepare<[number, number], { first: number | null; resolved: number | null }>(
      `SELECT first_response_at - created_at AS first, resolved_at - created_at AS resolved FROM tickets WHERE created_at >= ? AND created_at < ?`,
    )
    .all(...args);

  // First-contact resolution: resolved, never reopened, never referred, and the citizen did not write again after the first response.
  const fcr = c
    .prepare<[number, number], { resolved: number; first_contact: number }>(
      `SELECT count(*) AS resolved, coalesce(sum(
         NOT EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.type = 'ticket.reopened')
         AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.ticket_id = t.id)
         AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id AND m.direction = 'in' AND t.first_response_at IS NOT NULL AND m.created_at > t.first_response_at)
       ), 0) AS first_contact
       FROM tickets t WHERE t.created_at >= ? AND t.created_at < ? AND t.resolved_at IS NOT NULL`,
    )
    .get(...args)!;

  const ref = c
    .prepare<[number, number, number], { total: number; met: number; missed: number }>(
      `SELECT count(*) AS total,
              coalesce(sum(actioned_at IS NOT NULL AND actioned_at <= deadline_at), 0) AS met,
              coalesce(sum((actioned_at IS NOT NULL AND actioned_at > deadline_at) OR (actioned_at IS NULL AND deadline_at <= ?)), 0) AS missed
       FROM referrals WHERE created_at >= ? AND created_at < ?`,
    )
    .get(now, range.from, range.to)!;

  const surveys = c
    .prepare<[number, number], { rating: number | null }>('SELECT rating FROM surveys WHERE created_at >= ? AND created_at < ?')
    .all(...args);
  const ratings = surveys.map((s) => s.rating).filter((r): r is number => r !== null && r >= 1 && r <= 5);
  const distribution = [1, 2, 3, 4, 5].map((n) => ratings.filter((r) => r === n).length);

  return {
    range,
    days,
    daily,
    perDay: [...perDayMap].map(([day, tickets]) => ({ day, tickets })),
    byChannel: sortDesc(byChannel),
    byCategory: sortDesc(byCategory),
    byProvince: sortDesc(byProvince),
    total,
    firstResponse: durations(times.map((x) => x.first).filter((x): x is number => x !== null)),
    resolution: durations(times.map((x) => x.resolved).filter((x): x is number => x !== null)),
    firstContact: { resolved: fcr.resolved, firstContact: fcr.first_contact, rate: fcr.resolved ? fcr.first_contact / fcr.resolved : null },
    referrals: { total: ref.total, met: ref.met, missed: ref.missed, open: ref.total - ref.met - ref.missed },
    satisfaction: {
      sent: surveys.length,
      answered: ratings.length,
      average: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
      satisfiedRate: ratings.length ? ratings.filter((r) => r >= 4).length / ratings.length : null,
      distribution,
    },
  };
}
