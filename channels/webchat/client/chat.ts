import type { Strings } from '../i18n/index.ts';
import type { ErrorCode, ServerFrame, Topic } from '../protocol.ts';
import { h, randomId } from './dom.ts';
import type { Session } from './session.ts';
import { createTransport, type ConnectionState } from './transport.ts';

export interface ClientSettings {
  maxChars: number;
  /** Absolute, or null for the built-in page under the chat's base URL. */
  kvkkUrl: string | null;
  /** undefined: the language file's text; null: no notice. */
  signNotice: string | null | undefined;
}

export interface ChatOptions {
  base: string;
  lang: string;
  t: Strings;
  settings: ClientSettings;
  session: Session;
  /** h1 on the standalone page, h2 inside someone else's page. */
  heading: 'h1' | 'h2';
  /** Language links (standalone page). */
  languages?: Array<{ code: string; name: string; href: string }>;
  onClose?: () => void;
}

const TOPICS: Topic[] = ['kadin', 'cocuk', 'yasli', 'engelli', 'sehit_gazi', 'genel'];
const KEEP_PENDING: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'unavailable', 'not_ready']);

/** The chat panel: notices, the conversation (a log) and the composer; keyboard first, announced to screen readers. */
export function createChat(o: ChatOptions) {
  const { t, session } = o;
  const id = (s: string) => `kopru-${s}`;
  const fmtTime = (at: number) => {
    try {
      return new Intl.DateTimeFormat(o.lang, { hour: '2-digit', minute: '2-digit' }).format(at);
    } catch {
      return new Date(at).toTimeString().slice(0, 5);
    }
  };

  const status = h('p', { class: 'status', role: 'status' }, t.connecting);
  const log = h('ol', { class: 'log' });
  const announcer = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const error = h('p', { class: 'error', id: id('error'), 'aria-live': 'assertive' });
  const nameInput = h('input', { id: id('name'), type: 'text', autocomplete: 'name', maxlength: '80', dir: 'auto' });
  const topicSelect = h(
    'select',
    { id: id('topic') },
    h('option', { value: '' }, t.topicNone),
    ...TOPICS.map((k) => h('option', { value: k }, t.topics[k])),
  );
  const kvkkHref = o.settings.kvkkUrl ?? `${o.base}kvkk?lang=${encodeURIComponent(o.lang)}`;
  // Shown at the start of a chat: optional name and topic, and the KVKK notice with its link.
  const startFields = h(
    'div',
    { class: 'start' },
    h('label', { for: id('name') }, t.nameLabel),
    nameInput,
    h('label', { for: id('topic') }, t.topicLabel),
    topicSelect,
    h(
      'p',
      { class: 'kvkk', id: id('kvkk') },
      t.kvkkText,
      ' ',
      h('a', { href: kvkkHref, target: '_blank', rel: 'noopener' }, t.kvkkLink, h('span', { class: 'sr-only' }, ` ${t.opensInNewTab}`)),
    ),
  );
  const textarea = h('textarea', {
    id: id('text'),
    rows: '2',
    maxlength: String(o.settings.maxChars),
    'aria-describedby': `${id('hint')} ${id('error')}`,
    dir: 'auto',
    required: true,
  });
  const sendButton = h('button', { type: 'submit', class: 'send' }, session.started ? t.send : t.start);
  const form = h(
    'form',
    { novalidate: true, 'aria-label': t.title },
    startFields,
    h('label', { for: id('text') }, t.messageLabel),
    textarea,
    h('p', { class: 'hint', id: id('hint') }, t.composerHint),
    error,
    sendButton,
  );
  startFields.hidden = session.started;

  const signText = o.settings.signNotice === undefined ? t.signLanguage : o.settings.signNotice;
  const notices = h(
    'div',
    { class: 'notices', id: id('notices') },
    signText ? h('p', { class: 'sign' }, signText) : null,
    h('p', {}, t.intro),
  );

  const title = h(o.heading, { id: id('title') }, t.title);
  const header = h(
    'header',
    {},
    title,
    o.languages
      ? h(
          'nav',
          { 'aria-label': t.languages },
          h(
            'ul',
            {},
            ...o.languages.map((l) =>
              h('li', {}, h('a', { href: l.href, lang: l.code, hreflang: l.code, 'aria-current': l.code === o.lang ? 'page' : undefined }, l.name)),
            ),
          ),
        )
      : null,
    o.onClose ? h('button', { type: 'button', class: 'close', 'aria-label': t.close }, h('span', { 'aria-hidden': 'true' }, '×')) : null,
  );
  header.querySelector('.close')?.addEventListener('click', () => o.onClose?.());

  // One scrolling region: the notices scroll away as the conversation grows.
  const body = h('div', { class: 'body', role: 'region', 'aria-label': t.messagesLabel, tabindex: '0' }, notices, status, log, announcer);
  const element = h('section', { class: 'panel', 'aria-labelledby': id('title'), 'aria-describedby': id('notices') }, header, body, form);

  // Conversation state: what is rendered, by server id and by client id.
  const byId = new Map<number, HTMLLIElement>();
  const byCid = new Map<string, HTMLLIElement>();
  let cursor = 0;
  let everReady = false;
  let wasOnline = false;

  const bubble = (dir: 'in' | 'out', text: string, at: number) => {
    const state = h('span', { class: 'state' });
    const li = h(
      'li',
      { class: `msg ${dir}` },
      h('span', { class: 'who' }, dir === 'in' ? t.you : t.operator),
      h('p', { class: 'text', dir: 'auto' }, text),
      h('span', { class: 'meta' }, h('time', { datetime: new Date(at).toISOString() }, fmtTime(at)), dir === 'in' ? ' · ' : '', dir === 'in' ? state : null),
    );
    // Follow the conversation unless the visitor has scrolled up to read.
    const nearBottom = body.scrollHeight - body.scrollTop - body.clientHeight < 80;
    log.append(li);
    if (nearBottom || dir === 'in') li.scrollIntoView?.({ block: 'nearest' });
    return li;
  };
  // The conversation reads in server order (what was stored first comes first); messages still
  // waiting for the server stay at the end until they are stored.
  const place = (li: HTMLLIElement, serverId: number) => {
    li.dataset.id = String(serverId);
    byId.set(serverId, li);
    let before: Element | null = null;
    for (const other of Array.from(log.children) as HTMLElement[]) {
      if (other !== li && (!other.dataset.id || Number(other.dataset.id) > serverId)) {
        before = other;
        break;
      }
    }
    if (before) {
      if (li.nextElementSibling !== before) log.insertBefore(li, before);
    } else if (log.lastElementChild !== li) log.append(li);
  };
  const setState = (li: HTMLLIElement, s: 'sending' | 'sent' | 'failed') => {
    li.classList.toggle('failed', s === 'failed');
    const el = li.querySelector('.state');
    if (el) el.textContent = t[s];
  };
  const confirm = (li: HTMLLIElement, serverId: number) => {
    place(li, serverId);
    setState(li, 'sent');
  };
  const begin = () => {
    if (session.started) return;
    session.start();
    startFields.hidden = true;
    sendButton.textContent = t.send;
  };
  const showError = (code: ErrorCode) => {
    const text = (t.errors as Record<string, string>)[code] ?? t.errors.invalid;
    error.textContent = text.replace('{max}', String(o.settings.maxChars));
  };

  const onFrame = (f: ServerFrame) => {
    switch (f.type) {
      case 'message': {
        if (byId.has(f.id)) break;
        cursor = Math.max(cursor, f.id);
        const mine = f.cid ? byCid.get(f.cid) : undefined;
        if (mine) {
          confirm(mine, f.id);
          session.settle(f.cid!);
        } else {
          const li = bubble(f.dir, f.text, f.at);
          if (f.dir === 'in') {
            setState(li, 'sent');
            if (f.cid) byCid.set(f.cid, li);
          }
          place(li, f.id);
          if (f.dir === 'out' && everReady) announcer.textContent = t.newMessage.replace('{text}', f.text);
        }
        begin();
        break;
      }
      case 'ack': {
        const li = byCid.get(f.cid);
        if (li && !li.dataset.id) confirm(li, f.id);
        if (session.settle(f.cid)) announcer.textContent = t.messageSent;
        break;
      }
      case 'ready':
        everReady = true;
        for (const p of session.pending) transport.send({ type: 'message', ...withoutAt(p) });
        break;
      case 'error': {
        showError(f.code);
        if (!f.cid) break;
        const li = byCid.get(f.cid);
        if (KEEP_PENDING.has(f.code)) {
          // Not stored, but worth another try: it stays pending and goes again after a pause.
          setTimeout(() => {
            const p = session.pending.find((x) => x.cid === f.cid);
            if (p) transport.send({ type: 'message', ...withoutAt(p) });
          }, f.code === 'rate_limited' ? 15_000 : 3_000);
        } else {
          session.settle(f.cid);
          if (li) setState(li, 'failed');
        }
        break;
      }
      case 'notice':
        bubble('out', f.text, f.at);
        if (everReady) announcer.textContent = t.newMessage.replace('{text}', f.text);
        break;
    }
  };

  const onState = (s: ConnectionState) => {
    if (s === 'online') {
      status.textContent = t.online;
      wasOnline = true;
    } else if (s === 'offline' && wasOnline) status.textContent = t.offline;
    else if (s === 'connecting' && !wasOnline) status.textContent = t.connecting;
  };

  const transport = createTransport({ base: o.base, token: session.token, cursor: () => cursor, onFrame, onState });

  // Messages written before a reload and never confirmed are shown again, still sending.
  for (const p of session.pending) {
    const li = bubble('in', p.text, p.at);
    setState(li, 'sending');
    byCid.set(p.cid, li);
  }

  const submit = () => {
    error.textContent = '';
    const text = textarea.value.trim();
    if (!text) {
      showError('empty');
      textarea.focus();
      return;
    }
    if ([...text].length > o.settings.maxChars) {
      showError('too_long');
      textarea.focus();
      return;
    }
    const p = {
      cid: randomId(16),
      text,
      lang: o.lang,
      at: Date.now(),
      ...(!session.started && nameInput.value.trim() ? { name: nameInput.value.trim() } : {}),
      ...(!session.started && topicSelect.value ? { topic: topicSelect.value as Topic } : {}),
    };
    session.add(p);
    const li = bubble('in', text, p.at);
    setState(li, 'sending');
    byCid.set(p.cid, li);
    textarea.value = '';
    begin();
    textarea.focus();
    transport.send({ type: 'message', ...withoutAt(p) });
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });

  return {
    element,
    connect: () => transport.connect(),
    /** Where focus goes when the panel opens: the first field still to fill. */
    focus: () => (startFields.hidden ? textarea : nameInput).focus(),
  };
}

function withoutAt<T extends { at: number }>(p: T): Omit<T, 'at'> {
  const { at: _at, ...rest } = p;
  return rest;
}
