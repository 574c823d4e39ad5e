import { afterEach, describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/search/search-index.ts';
import { addNote } from '../../src/store/notes.ts';
import { listTickets } from '../../src/store/tickets.ts';
import { createTestContext, inbound, type TestContext } from '../harness/test-deps.ts';

let t: TestContext;
afterEach(async () => t?.close());

const indexedThrough = (t: TestContext) =>
  (t.deps.db.$client.prepare('SELECT indexed_through AS n FROM search_index_state WHERE id = 1').get() as { n: number }).n;
const ftsHits = (t: TestContext, word: string) =>
  (t.deps.db.$client.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?').all(word) as Array<{ rowid: number }>).map((r) => r.rowid);

describe('search index behind intake', () => {
  it('indexes committed citizen messages and notes in a batch, once, and skips what is not searched', async () => {
    t = createTestContext();
    const r = await t.deps.intake.receive([inbound({ from: 'a', text: 'Kömür yardımı istiyorum' }), inbound({ from: 'b', text: 'Kira yardımı' })]);
    const ticketId = r.messages[0]!.ticketId;
    t.deps.db.$client
      .prepare(`INSERT INTO messages (ticket_id, direction, channel, body, attachments, status, created_at) VALUES (?, 'out', 'smpp', 'yardım edeceğiz', '[]', 'queued', 0)`)
      .run(ticketId);
    addNote(t.deps.db, { ticketId, text: 'Kömür için aradım', authorId: null, actor: 'test' });
    expect(ftsHits(t, 'komur')).toEqual([]); // not yet: intake commits stay free of FTS work

    expect(searchIndex(t.deps.db).catchUp()).toBe(3); // two citizen messages and the note, not the reply
    expect(searchIndex(t.deps.db).catchUp()).toBe(0);
    expect(ftsHits(t, 'komur')).toHaveLength(2);
    expect(ftsHits(t, 'edecegiz')).toEqual([]);
    expect(indexedThrough(t)).toBe((t.deps.db.$client.prepare('SELECT max(id) AS n FROM messages').get() as { n: number }).n);
  });

  it('a search never misses a committed message: it catches up first', async () => {
    t = createTestContext();
    await t.deps.intake.receive([inbound({ from: 'a', text: 'Evde bakım maaşı yatmadı' })]);
    const { tickets } = listTickets(t.deps.db, { q: 'bakim maasi' }, 10);
    expect(tickets).toHaveLength(1);
  });

  it('catches up a backlog larger than one chunk', async () => {
    t = createTestContext();
    await t.deps.intake.receive(Array.from({ length: 6_000 }, (_, i) => inbound({ from: `n${i % 50}`, externalId: `m${i}`, text: `mesaj ${i} sosyal destek` })));
    expect(searchIndex(t.deps.db).catchUp()).toBe(6_000);
    expect(ftsHits(t, 'destek')).toHaveLength(6_000);
  });
});
