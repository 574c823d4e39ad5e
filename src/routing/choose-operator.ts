/** Who takes a ticket: pure, so the rules are tested by a table. */

export interface Candidate {
  userId: number;
  languages: readonly string[];
  /** Empty: every category. */
  categories: readonly string[];
  /** Open tickets assigned now. */
  load: number;
  lastAssignedAt: number | null;
}

export interface RoutedTicket {
  lang: string | null;
  category: string | null;
}

/**
 * An online operator who speaks the ticket's language (Turkish when unknown) and takes its category,
 * below the load cap; the least loaded first, then the one who waited longest since the last
 * assignment (round robin among equals), then the lowest id so the choice is deterministic.
 */
export function chooseOperator(ticket: RoutedTicket, candidates: readonly Candidate[], maxLoad: number): Candidate | null {
  const lang = ticket.lang ?? 'tr';
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.load >= maxLoad || !c.languages.includes(lang)) continue;
    if (c.categories.length > 0 && ticket.category !== null && !c.categories.includes(ticket.category)) continue;
    if (!best || before(c, best)) best = c;
  }
  return best;
}

function before(a: Candidate, b: Candidate): boolean {
  if (a.load !== b.load) return a.load < b.load;
  const at = a.lastAssignedAt ?? -1;
  const bt = b.lastAssignedAt ?? -1;
  if (at !== bt) return at < bt;
  return a.userId < b.userId;
}
