import type { Hono } from 'hono';
import { HttpError } from '../http/errors.ts';
import { parseCsv } from '../referrals/csv.ts';
import { referralSmsChannel, referTicket, SUBJECT_OF_CATEGORY } from '../referrals/refer.ts';
import { AME_CSV_HEADER, findAmeContact, importAmeContacts, listAmeContacts, removeAmeContact, upsertAmeContact } from '../store/ame-directory.ts';
import { appendEvent } from '../store/append-event.ts';
import { listOpenReferrals } from '../store/referrals.ts';
import { getTicketSummary } from '../store/tickets.ts';
import { InvalidError, NotFoundError } from '../store/update-ticket.ts';
import { fill } from './i18n/index.ts';
import { csvCell, formText, type InboxKit } from './ops-kit.ts';
import { formatTime } from './pages/format.ts';
import { AmeDirectoryPage, ReferralsPage } from './pages/referral-pages.tsx';

const MAX_CSV_BYTES = 512 * 1024;

/** The suggested directory entry for a ticket: its province and the subject its category maps to. */
export function suggestedAmeContact(deps: InboxKit['deps'], ticket: { province: string | null; category: string | null }) {
  return findAmeContact(deps.db, ticket.province, ticket.category ? (SUBJECT_OF_CATEGORY[ticket.category] ?? null) : null);
}

export function referralRoutes(app: Hono, kit: InboxKit) {
  const { deps, guarded, render } = kit;

  app.post(
    '/tickets/:id/refer',
    guarded(
      'refer',
      (c, session, ctx, body) => {
        const id = Number(c.req.param('id'));
        const ticket = Number.isInteger(id) ? getTicketSummary(deps.db, id) : null;
        if (!ticket) throw new NotFoundError('ticket');
        const chosen = formText(body, 'contact');
        const contactId = chosen && /^\d{1,9}$/.test(chosen) ? Number(chosen) : suggestedAmeContact(deps, ticket)?.id;
        if (!contactId) throw new HttpError(400, 'invalid_body', 'contact: choose an AME directory entry');
        const baseUrl = deps.config.publicUrl ?? new URL(c.req.url).origin;
        const o = ctx.t.ops.refer;
        const outcome = referTicket(deps, {
          ticketId: id,
          contactId,
          userId: session.userId,
          baseUrl,
          noteText: (contact, deadline) =>
            fill(o.note, {
              province: contact.province,
              subject: ctx.t.ops.subjects[contact.subject] ?? contact.subject,
              name: contact.name,
              title: contact.title ? ` (${contact.title})` : '',
              deadline: formatTime(new Date(deadline).toISOString(), ctx.locale),
            }) + (referralSmsChannel(deps) ? '' : ` ${o.noSms}`),
        });
        return c.redirect(`/tickets/${id}?done=${outcome.smsQueued ? 'referred' : 'referredNoSms'}`, 303);
      },
      'change',
    ),
  );

  app.get('/referrals', guarded('routing', (c, _s, ctx) => render(c, ctx, (x) => <ReferralsPage ctx={x} referrals={listOpenReferrals(deps.db)} />)));

  // ---- the AME directory (admins) ----

  const FLASH = { saved: 'saved', removed: 'removed' } as const;
  app.get(
    '/admin/ame',
    guarded('admin_ame', (c, _s, ctx) => {
      const done = c.req.query('done');
      const imported = c.req.query('imported');
      const flash =
        done && done in FLASH
          ? { kind: 'ok' as const, text: ctx.t.ops.ame[FLASH[done as keyof typeof FLASH]] }
          : imported && /^\d+$/.test(imported)
            ? { kind: 'ok' as const, text: fill(ctx.t.ops.ame.imported, { n: imported }) }
            : undefined;
      return render(c, ctx, (x) => <AmeDirectoryPage ctx={x} contacts={listAmeContacts(deps.db)} flash={flash} />);
    }),
  );

  const invalid = (c: Parameters<Parameters<InboxKit['guarded']>[1]>[0], ctx: Parameters<Parameters<InboxKit['guarded']>[1]>[2], err: InvalidError) =>
    render(c, ctx, (x) => <AmeDirectoryPage ctx={x} contacts={listAmeContacts(deps.db)} flash={{ kind: 'error', text: fill(x.t.errors.invalid, { detail: err.message }) }} />, 400);

  app.post(
    '/admin/ame',
    guarded(
      'admin_ame',
      (c, session, ctx, body) => {
        try {
          upsertAmeContact(
            deps.db,
            { province: formText(body, 'province') ?? '', subject: formText(body, 'subject') ?? '', name: formText(body, 'name') ?? '', title: formText(body, 'title'), mobile: formText(body, 'mobile') ?? '', email: formText(body, 'email') },
            `user:${session.userId}`,
            deps.now(),
          );
        } catch (err) {
          if (err instanceof InvalidError) return invalid(c, ctx, err);
          throw err;
        }
        return c.redirect('/admin/ame?done=saved', 303);
      },
      'change',
    ),
  );

  app.post(
    '/admin/ame/:id/delete',
    guarded(
      'admin_ame',
      (c, session) => {
        removeAmeContact(deps.db, Number(c.req.param('id')) || 0, `user:${session.userId}`, deps.now());
        return c.redirect('/admin/ame?done=removed', 303);
      },
      'change',
    ),
  );

  app.post(
    '/admin/ame/import',
    guarded(
      'admin_ame',
      async (c, session, ctx, body) => {
        const file = body.file;
        let text: string;
        if (file instanceof File) {
          if (file.size > MAX_CSV_BYTES) return invalid(c, ctx, new InvalidError(`the file is larger than ${MAX_CSV_BYTES} bytes`, 'file'));
          text = await file.text();
        } else if (typeof file === 'string') text = file;
        else return invalid(c, ctx, new InvalidError('choose a CSV file', 'file'));
        try {
          const n = importAmeContacts(deps.db, parseCsv(text), `user:${session.userId}`, deps.now());
          return c.redirect(`/admin/ame?imported=${n}`, 303);
        } catch (err) {
          if (err instanceof InvalidError) return invalid(c, ctx, err);
          throw err;
        }
      },
      'change',
    ),
  );

  app.get(
    '/admin/ame.csv',
    guarded('admin_ame', (c, session) => {
      const contacts = listAmeContacts(deps.db);
      const lines = [AME_CSV_HEADER.join(','), ...contacts.map((x) => [x.province, x.subject, x.name, x.title, x.mobile, x.email].map(csvCell).join(','))];
      appendEvent(deps.db, { actor: `user:${session.userId}`, type: 'ame.exported', data: { rows: contacts.length }, at: deps.now() });
      c.header('Content-Disposition', 'attachment; filename="kopru-ame.csv"');
      c.header('Cache-Control', 'no-store');
      return c.body(`\ufeff${lines.join('\r\n')}\r\n`, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }),
  );
}
