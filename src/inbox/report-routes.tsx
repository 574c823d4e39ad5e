import type { Context, Hono } from 'hono';
import * as v from 'valibot';
import { check } from '../http/validate.ts';
import { appendEvent } from '../store/append-event.ts';
import { buildReport, dayOf, dayStart, type Report } from '../store/reports.ts';
import { csvCell, type InboxKit } from './ops-kit.ts';
import { ReportsPage } from './pages/reports-page.tsx';

const DAY = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date (YYYY-MM-DD)'));
const rangeQuery = v.object({ from: v.optional(DAY), to: v.optional(DAY) });

export function reportRoutes(app: Hono, kit: InboxKit) {
  const { deps, guarded, render } = kit;

  /** Istanbul days, both ends included; the last 30 days by default; at most a year. */
  const range = (c: Context) => {
    const q = check(rangeQuery, c.req.query());
    const toDay = q.to ?? dayOf(deps.now());
    const fromDay = q.from ?? dayOf(dayStart(toDay) - 29 * 86_400_000);
    let from = dayStart(fromDay);
    const to = dayStart(toDay) + 86_400_000;
    if (!(from < to)) from = to - 86_400_000;
    if (to - from > 366 * 86_400_000) from = to - 366 * 86_400_000;
    return { fromDay: dayOf(from), toDay, from, to };
  };

  app.get(
    '/reports',
    guarded('reports', (c, _s, ctx) => {
      const r = range(c);
      const report = buildReport(deps.db, { from: r.from, to: r.to }, deps.now());
      const query = `?${new URLSearchParams({ from: r.fromDay, to: r.toDay }).toString()}`;
      return render(c, ctx, (x) => <ReportsPage ctx={x} report={report} fromDay={r.fromDay} toDay={r.toDay} query={query} />);
    }),
  );

  const csv = (part: 'daily' | 'summary', lines: (r: Report) => string[][]) =>
    guarded('reports', (c, session) => {
      const r = range(c);
      const report = buildReport(deps.db, { from: r.from, to: r.to }, deps.now());
      const rows = lines(report);
      // Aggregates only (no names, numbers or texts), and still on record who took them.
      appendEvent(deps.db, { actor: `user:${session.userId}`, type: 'report.exported', data: { part, from: r.fromDay, to: r.toDay, rows: rows.length - 1 }, at: deps.now() });
      c.header('Content-Disposition', `attachment; filename="kopru-report-${part}-${r.fromDay}-${r.toDay}.csv"`);
      c.header('Cache-Control', 'no-store');
      return c.body(`${rows.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    });

  app.get(
    '/reports/daily.csv',
    csv('daily', (r) => [['day', 'channel', 'category', 'province', 'tickets'], ...r.daily.map((d) => [d.day, d.channel, d.category, d.province, String(d.tickets)])]),
  );

  const sec = (ms: number | null) => (ms === null ? '' : String(Math.round(ms / 1000)));
  const num = (x: number | null, digits = 4) => (x === null ? '' : String(Math.round(x * 10 ** digits) / 10 ** digits));
  app.get(
    '/reports/summary.csv',
    csv('summary', (r) => [
      ['metric', 'value'],
      ['tickets', String(r.total)],
      ...r.byChannel.map(([k, n]) => [`tickets.channel.${k}`, String(n)]),
      ...r.byCategory.map(([k, n]) => [`tickets.category.${k || 'none'}`, String(n)]),
      ...r.byProvince.map(([k, n]) => [`tickets.province.${k || 'none'}`, String(n)]),
      ['first_response.count', String(r.firstResponse.count)],
      ['first_response.median_seconds', sec(r.firstResponse.medianMs)],
      ['first_response.p90_seconds', sec(r.firstResponse.p90Ms)],
      ['resolution.count', String(r.resolution.count)],
      ['resolution.median_seconds', sec(r.resolution.medianMs)],
      ['resolution.p90_seconds', sec(r.resolution.p90Ms)],
      ['first_contact_resolution.resolved', String(r.firstContact.resolved)],
      ['first_contact_resolution.first_contact', String(r.firstContact.firstContact)],
      ['first_contact_resolution.rate', num(r.firstContact.rate)],
      ['referrals.total', String(r.referrals.total)],
      ['referrals.deadline_met', String(r.referrals.met)],
      ['referrals.deadline_missed', String(r.referrals.missed)],
      ['referrals.not_yet_due', String(r.referrals.open)],
      ['satisfaction.sent', String(r.satisfaction.sent)],
      ['satisfaction.answered', String(r.satisfaction.answered)],
      ['satisfaction.average', num(r.satisfaction.average)],
      ['satisfaction.satisfied_rate', num(r.satisfaction.satisfiedRate)],
      ...r.satisfaction.distribution.map((n, i) => [`satisfaction.rating_${i + 1}`, String(n)]),
    ]),
  );
}
