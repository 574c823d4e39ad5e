import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAcknowledger } from '../../src/intake/acknowledge.ts';
import { createIntake, type Intake } from '../../src/intake/create-intake.ts';
import { upsertAmeContact } from '../../src/store/ame-directory.ts';
import { createSurveyAnswerer } from '../../src/store/surveys.ts';
import { parseRating } from '../../src/surveys/rating.ts';
import { createSurveySender } from '../../src/surveys/survey-worker.ts';
import { inbound, type TestContext } from '../harness/test-deps.ts';
import { fakeChannel, testParse, type FakeChannel } from '../inbox/inbox-fixtures.ts';
import { one, opsContext, rows, staff, until, type Staff } from './ops-helpers.ts';

describe('parseRating', () => {
  it.each<[string, number | null]>([
    ['5', 5],
    [' 3 ', 3],
    ['4/5', 4],
    ['2 / 5', 2],
    ['5!', 5],
    ['5 puan', 5],
    ['Puanım 4', 4],
    ['3 yıldız', 3],
    ['5 teşekkürler', 5],
    ['Teşekkür ederim, 5 🙏', 5],
    ['beş', 5],
    ['BEŞ', 5],
    ['dört', 4],
    ['üç', 3],
    ['iki', 2],
    ['bir', 1],
    ['çok iyi', 5],
    ['İyi', 4],
    ['orta', 3],
    ['kötü', 2],
    ['Çok kötü', 1],
    ['mükemmel', 5],
    ['pênc', 5],
    ['sê', 3],
    ['yek', 1],
    ['خمسة', 5],
    ['أربعة', 4],
    ['٥', 5],
    ['۳', 3],
    ['5️⃣', 5],
    ['1️⃣', 1],
    ['⭐⭐⭐⭐', 4],
    ['⭐', 1],
    ['😍', 5],
    ['🙂', 4],
    ['😐', 3],
    ['🙁', 2],
    ['😡', 1],
    ['👍', 4],
    // Not answers: new messages that must reopen the ticket.
    ['0', null],
    ['6', null],
    ['10/10', null],
    ['45', null],
    ['4 5', null],
    ['1 şey soracağım', null],
    ['bir sorum daha var', null],
    ['yardım istiyorum, eşim yine dövdü', null],
    ['', null],
    ['⭐⭐⭐⭐⭐⭐', null],
    ['10000000146', null],
  ])('%j → %s', (text, expected) => {
    expect(parseRating(text)).toBe(expected);
  });
});

describe('the satisfaction survey', () => {
  let t: TestContext;
  let sms: FakeChannel;
  let intake: Intake;
  let ayse: Staff;
  let sender: ReturnType<typeof createSurveySender>;

  const setup = async (env: Record<string, string> = {}) => {
    sms = fakeChannel('smpp');
    t = opsContext({ channels: [sms], parse: testParse, env });
    // The intake main.ts builds: acknowledgements, and survey answers recognised before a reopen.
    intake = createIntake({
      db: t.deps.db,
      bus: t.deps.bus,
      cipher: t.deps.cipher,
      log: t.deps.log,
      parse: testParse,
      ticketPrefix: '183',
      threadIdleDays: 7,
      now: () => t.clock.now,
      surveyAnswer: createSurveyAnswerer(t.deps.db),
      afterMessage: [createAcknowledger({ db: t.deps.db, config: t.deps.config.channels.ack! })],
    });
    sender = createSurveySender(t.deps);
    sender.start();
    t.deps.outbox.start();
    ayse = await staff(t, 'ayse');
  };
  afterEach(async () => {
    sender.stop();
    await intake.drain();
    await t.close();
  });

  const receive = async (text: string, from = '+905321234567') => (await intake.receive([inbound({ channel: 'smpp', from, text })])).messages[0]!;
  const status = (id: number) => one<{ status: string }>(t, 'SELECT status FROM tickets WHERE id = ?', id)!.status;

  describe('default settings', () => {
    beforeEach(() => setup());

    it('resolving sends the survey on the same channel; a "5" is stored without reopening or acknowledging; a real message reopens', async () => {
      const first = await receive('Merhaba ben Ali Veli, engelli maaşı hakkında bilgi istiyorum');
      await until(() => sms.sent.some((m) => m.kind === 'ack'), 'the acknowledgement');
      expect((await ayse.post(`/tickets/${first.ticketId}/update`, { status: 'resolved' })).status).toBe(303);
      const survey = await until(() => sms.sent.find((m) => m.kind === 'survey'), 'the survey');
      expect(survey.to).toBe('+905321234567');
      expect(survey.channel).toBe('smpp');
      expect(survey.text).toContain('1 (hic memnun degilim) ile 5');
      expect(one<{ body: string }>(t, "SELECT body FROM messages WHERE direction = 'out' AND meta LIKE '%survey%'")!.body).toBe(survey.text);

      const answer = await receive('5 teşekkürler');
      expect(answer.ticketId).toBe(first.ticketId);
      expect(status(first.ticketId)).toBe('resolved');
      expect(one<{ rating: number }>(t, 'SELECT rating FROM surveys')!.rating).toBe(5);
      expect(rows(t, "SELECT 1 FROM events WHERE type = 'ticket.reopened'")).toHaveLength(0);
      expect(JSON.parse(one<{ data: string }>(t, "SELECT data FROM events WHERE type = 'survey.answered'")!.data)).toMatchObject({ rating: 5 });
      await new Promise((r) => setTimeout(r, 100));
      expect(sms.sent.filter((m) => m.kind === 'ack')).toHaveLength(1);

      // Answered already: the next message is a new request and reopens the ticket.
      await receive('5');
      expect(status(first.ticketId)).toBe('open');
      expect(rows(t, "SELECT 1 FROM events WHERE type = 'ticket.reopened'")).toHaveLength(1);
      // Resolving again sends no second survey.
      await ayse.post(`/tickets/${first.ticketId}/update`, { status: 'resolved' });
      await new Promise((r) => setTimeout(r, 100));
      expect(sms.sent.filter((m) => m.kind === 'survey')).toHaveLength(1);
    });

    it('a message that is not an answer reopens the ticket and leaves the survey waiting; an expired survey takes no answer', async () => {
      const first = await receive('Merhaba ben Ali Veli, yaşlı bakım desteği');
      await ayse.post(`/tickets/${first.ticketId}/update`, { status: 'resolved' });
      await until(() => sms.sent.find((m) => m.kind === 'survey'), 'the survey');
      await receive('bir sorum daha var');
      expect(status(first.ticketId)).toBe('open');
      expect(one<{ rating: number | null }>(t, 'SELECT rating FROM surveys')!.rating).toBeNull();

      const other = await receive('Merhaba ben Can Ak, bilgi', '+905329998877');
      await ayse.post(`/tickets/${other.ticketId}/update`, { status: 'resolved' });
      await until(() => sms.sent.filter((m) => m.kind === 'survey').length === 2, 'the second survey');
      t.clock.now += 49 * 3600_000;
      await receive('4', '+905329998877');
      expect(status(other.ticketId)).toBe('open');
    });

    it('no survey for a referred violence case', async () => {
      upsertAmeContact(t.deps.db, { province: 'Ankara', subject: 'kadin', name: 'Ayla Demir', mobile: '05321112233' }, 'system', t.clock.now);
      const r = await receive('eşim dövüyor Ankara');
      expect((await ayse.post(`/tickets/${r.ticketId}/refer`, {})).status).toBe(303);
      await ayse.post(`/tickets/${r.ticketId}/update`, { status: 'resolved' });
      await new Promise((res) => setTimeout(res, 150));
      expect(sms.sent.filter((m) => m.kind === 'survey')).toHaveLength(0);
      expect(rows(t, 'SELECT 1 FROM surveys')).toHaveLength(0);
    });
  });

  it('SURVEY_AFTER_VIOLENCE_REFERRAL=true surveys referred violence cases too', async () => {
    await setup({ SURVEY_AFTER_VIOLENCE_REFERRAL: 'true' });
    upsertAmeContact(t.deps.db, { province: 'Ankara', subject: 'kadin', name: 'Ayla Demir', mobile: '05321112233' }, 'system', t.clock.now);
    const r = await receive('eşim dövüyor Ankara');
    await ayse.post(`/tickets/${r.ticketId}/refer`, {});
    await ayse.post(`/tickets/${r.ticketId}/update`, { status: 'resolved' });
    await until(() => sms.sent.find((m) => m.kind === 'survey'), 'the survey');
  });

  it('SURVEY_ENABLED=false sends none', async () => {
    await setup({ SURVEY_ENABLED: 'false' });
    const r = await receive('Merhaba ben Ali Veli, bilgi');
    await ayse.post(`/tickets/${r.ticketId}/update`, { status: 'resolved' });
    await new Promise((res) => setTimeout(res, 150));
    expect(rows(t, 'SELECT 1 FROM surveys')).toHaveLength(0);
  });
});
