import type { Db } from '../db/client.ts';
import type { TicketFilters } from './tickets.ts';

/** One group of active tickets sharing every facet value, with how many there are. */
export interface FacetGroup {
  status: string;
  channel: string;
  category: string | null;
  province: string | null;
  lang: string | null;
  urgent: number;
  assigneeId: number | null;
  n: number;
}

export type FacetName = 'status' | 'channel' | 'category' | 'province' | 'lang' | 'urgent' | 'assignee';
export type FacetCounts = Record<FacetName, Map<string, number>>;

/**
 * The active tickets (not resolved or closed) grouped by every facet at once. Counts are of open work:
 * counting a million closed tickets on every refresh would cost more than the list itself.
 */
export function activeFacetGroups(db: Db): FacetGroup[] {
  // Plain rows grouped here rather than a seven-column GROUP BY, which sorts every row in a temp b-tree.
  const rows = db.$client
    .prepare<[], [string, string, string | null, string | null, string | null, number, number | null]>(
      `SELECT status, channel, category, province, lang, urgent, assignee_id FROM tickets WHERE status IN ('new', 'open', 'pending', 'referred')`,
    )
    .raw()
    .all();
  const groups = new Map<string, FacetGroup>();
  for (const r of rows) {
    const key = r.join('\u0000');
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { status: r[0], channel: r[1], category: r[2], province: r[3], lang: r[4], urgent: r[5], assigneeId: r[6], n: 1 });
  }
  return [...groups.values()];
}

const keyOf = (g: FacetGroup, facet: FacetName): string => {
  switch (facet) {
    case 'urgent':
      return g.urgent ? 'true' : 'false';
    case 'assignee':
      return g.assigneeId === null ? 'none' : String(g.assigneeId);
    default:
      return g[facet] ?? '';
  }
};

function matches(g: FacetGroup, f: TicketFilters, skip: FacetName): boolean {
  if (skip !== 'status' && f.status?.length && !f.status.includes(g.status as never)) return false;
  if (skip !== 'channel' && f.channel?.length && !f.channel.includes(g.channel)) return false;
  if (skip !== 'category' && f.category?.length && !f.category.includes(g.category ?? '')) return false;
  if (skip !== 'province' && f.province && g.province !== f.province) return false;
  if (skip !== 'lang' && f.lang && g.lang !== f.lang) return false;
  if (skip !== 'urgent' && f.urgent !== undefined && Boolean(g.urgent) !== f.urgent) return false;
  if (skip !== 'assignee' && f.assigneeId !== undefined && g.assigneeId !== f.assigneeId) return false;
  return true;
}

/** For each facet, the count of each value among tickets matching every other filter (the usual facet rule). */
export function countFacets(groups: readonly FacetGroup[], f: TicketFilters): FacetCounts {
  const facets: FacetName[] = ['status', 'channel', 'category', 'province', 'lang', 'urgent', 'assignee'];
  const out = Object.fromEntries(facets.map((x) => [x, new Map<string, number>()])) as FacetCounts;
  for (const g of groups) {
    for (const facet of facets) {
      if (!matches(g, f, facet)) continue;
      const key = keyOf(g, facet);
      out[facet].set(key, (out[facet].get(key) ?? 0) + g.n);
    }
  }
  return out;
}

export function facetCounts(db: Db, f: TicketFilters): FacetCounts {
  return countFacets(activeFacetGroups(db), f);
}
