/**
 * npm run bench:inbox -- [--tickets 1000000] [--messages 3] [--runs 200] [--db path] [--fresh]
 *
 * Seeds N tickets with 3N messages (once; the file is reused unless --fresh) and prints the p95 of the
 * inbox's first list page (newest and triage order), of full-text searches and of the facet counts,
 * each beside a floor measured in the same run (a bare index read, a plain FTS MATCH), and the RSS.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/client.ts';
import { searchTickets } from '../src/store/search-tickets.ts';
import { activeFacetGroups, countFacets } from '../src/store/ticket-facets.ts';
import { listTickets, type TicketFilters } from '../src/store/tickets.ts';
import { ftsQuery } from '../src/text/fold.ts';
import { seedInbox } from './inbox-seed.ts';

const { values: args } = parseArgs({
  options: {
    tickets: { type: 'string', default: '1000000' },
    messages: { type: 'string', default: '3' },
    runs: { type: 'string', default: '200' },
    db: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const tickets = Number(args.tickets);
const perTicket = Number(args.messages);
const runs = Number(args.runs);
const path = args.db ?? join(tmpdir(), `kopru-bench-inbox-${tickets}x${perTicket}.db`);
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

if (args.fresh && existsSync(path)) for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
const seeded = existsSync(path);
const db = openDatabase({ path, synchronous: 'NORMAL' });
if (!seeded) {
  const t0 = performance.now();
  console.log(`seeding ${tickets} tickets with ${tickets * perTicket} messages into ${path} …`);
  seedInbox(db.$client, {
    tickets,
    messagesPerTicket: perTicket,
    now: NOW,
    progress: (n) => {
      if (n % 100_000 === 0 || n === tickets) process.stdout.write(`  ${n} tickets (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    },
  });
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} else {
  console.log(`reusing ${path} (pass --fresh to seed again)`);
}
const counts = db.$client.prepare('SELECT (SELECT count(*) FROM tickets) AS t, (SELECT max(id) FROM messages) AS m').get() as { t: number; m: number };
console.log(`database: ${counts.t} tickets, ${counts.m} messages`);

function p95(fn: () => unknown): { p50: number; p95: number } {
  return p95Of(runs, fn);
}

function p95Of(runs: number, fn: () => unknown): { p50: number; p95: number } {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm the page cache and the statement cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)]!, p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]! };
}

const rows: Array<[string, { p50: number; p95: number }, string]> = [];
const measure = (name: string, target: string, fn: () => unknown) => rows.push([name, p95(fn), target]);

const c = db.$client;
const floorList = c.prepare('SELECT id FROM tickets ORDER BY last_message_at DESC, id DESC LIMIT 50');
const floorFts = c.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT 50');
const page = (filters: TicketFilters, order: 'newest' | 'triage' = 'newest') => () => listTickets(db, filters, 50, undefined, order);

measure('floor: 50 ticket ids by activity index', '', () => floorList.all());
measure('list first page (API order, newest)', '< 20 ms', page({}));
measure('list first page (inbox triage order)', '< 20 ms', page({}, 'triage'));
measure('list first page, status=open', '', page({ status: ['open'] }, 'triage'));
measure('list first page, urgent only', '', page({ urgent: true }, 'triage'));
for (const q of ['yılmaz', 'kömür yardımı', 'tekerlekli sandalye şanlıurfa', 'Iğdır']) {
  measure(`floor: FTS MATCH "${q}" (50 rowids)`, '', () => floorFts.all(ftsQuery(q)));
  measure(`search "${q}" first page (inbox)`, '< 100 ms', () => searchTickets(db, { q }, 50));
}
measure('search "yılmaz" + status=open (inbox)', '', () => searchTickets(db, { q: 'yılmaz', status: ['open'] }, 50));
// The API's search orders by activity over every match; shown once for comparison (few runs: it is slow).
const apiSearch = p95Of(5, () => listTickets(db, { q: 'yılmaz' }, 50));
// Facet counts: read the open tickets' facet columns (cached for 5 s by the inbox), then count per filter.
const groups = activeFacetGroups(db);
measure(`facet groups: read open tickets (${groups.length} groups)`, '', () => activeFacetGroups(db));
measure('facet counts from the groups, status=open', '', () => countFacets(groups, { status: ['open'] }));

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'query'.padEnd(w)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  target`);
for (const [name, t, target] of rows) console.log(`${name.padEnd(w)}  ${t.p50.toFixed(2).padStart(8)}  ${t.p95.toFixed(2).padStart(8)}  ${target}`);
console.log(`\nfor comparison, the API's activity-ordered search "yılmaz" (GET /api/tickets?q=): p50 ${apiSearch.p50.toFixed(0)} ms over 5 runs`);
const mem = process.memoryUsage();
console.log(`\nRSS ${(mem.rss / 1048576).toFixed(0)} MB (heap ${(mem.heapUsed / 1048576).toFixed(0)} MB; target RSS < 300 MB) over ${runs} runs each`);
db.$client.close();
