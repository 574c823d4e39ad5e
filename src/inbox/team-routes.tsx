import type { Hono } from 'hono';
import { PRESENCES, type Presence } from '../db/schema.ts';
import { CATEGORIES, LANGS, type Category, type Lang } from '../parser/types.ts';
import { drainQueue } from '../routing/router.ts';
import { listOperatorProfiles, setPresence, setSkills } from '../store/operator-profiles.ts';
import { createRoutingStore } from '../store/routing.ts';
import { getFlag, putSetting } from '../store/settings.ts';
import { NotFoundError } from '../store/update-ticket.ts';
import { formList, formText, localPath, type InboxKit } from './ops-kit.ts';
import { TeamPage } from './pages/team-page.tsx';

/** Presence (everyone), skills and auto-assignment (supervisors). */
export function teamRoutes(app: Hono, kit: InboxKit) {
  const { deps, guarded, render } = kit;

  app.post(
    '/presence',
    guarded(
      'inbox',
      (c, session, _ctx, body) => {
        const presence = formText(body, 'presence') as Presence | undefined;
        if (!presence || !PRESENCES.includes(presence)) return c.text('presence: online, away or offline', 400);
        const changed = setPresence(deps.db, session.userId, presence, `user:${session.userId}`, deps.now());
        // Someone came online: the waiting queue may have work for them.
        if (changed && presence === 'online') drainQueue(deps);
        return c.redirect(localPath(formText(body, 'back')), 303);
      },
      'change',
    ),
  );

  app.get(
    '/team',
    guarded('routing', (c, _s, ctx) =>
      render(c, ctx, (x) => (
        <TeamPage
          ctx={x}
          profiles={listOperatorProfiles(deps.db)}
          autoAssign={getFlag(deps.db, 'routing.auto_assign')}
          queue={createRoutingStore(deps.db).queueSize()}
          flash={c.req.query('done') ? x.t.ops.team.saved : undefined}
        />
      )),
    ),
  );

  app.post(
    '/team/auto-assign',
    guarded(
      'routing',
      (c, session, _ctx, body) => {
        const on = formText(body, 'on') === '1';
        putSetting(deps.db, 'routing.auto_assign', on ? 'true' : 'false', `user:${session.userId}`, deps.now());
        if (on) drainQueue(deps);
        return c.redirect('/team?done=1', 303);
      },
      'change',
    ),
  );

  app.post(
    '/team/:id/skills',
    guarded(
      'routing',
      (c, session, _ctx, body) => {
        const id = Number(c.req.param('id'));
        if (!listOperatorProfiles(deps.db).some((p) => p.userId === id)) throw new NotFoundError('user');
        const languages = formList(body, 'languages').filter((l): l is Lang => (LANGS as readonly string[]).includes(l));
        const categories = formList(body, 'categories').filter((x): x is Category => (CATEGORIES as readonly string[]).includes(x));
        setSkills(deps.db, id, { languages, categories }, `user:${session.userId}`, deps.now());
        drainQueue(deps);
        return c.redirect('/team?done=1', 303);
      },
      'change',
    ),
  );
}
