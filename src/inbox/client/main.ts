import { countSms } from './sms-segments.ts';

/**
 * The inbox's only script (served as a same-origin file; the CSP allows no inline code). It adds:
 * live refresh over SSE, the urgent alert, keyboard shortcuts, the SMS counter, canned replies and
 * the audited kimlik no reveal. Everything it shows from the server arrives as server-escaped HTML or
 * is set with textContent.
 */

interface Strings {
  newUrgent: string;
  offline: string;
  live: string;
  smsCounter: string;
  revealed: string;
  newMessages: string;
  delivery: Record<string, string>;
  shortcuts: string;
  referralOverdue: string;
}

type LiveEvent =
  | { type: 'message.created'; ticketId: number; messageId: number; direction: string; ticketCreated: boolean; urgent: boolean }
  | { type: 'message.status'; ticketId: number; messageId: number; status: string }
  | { type: 'ticket.updated'; ticketId: number; fields: string[] };

const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector<T & Element>(sel) as T | null;
const strings: Strings = JSON.parse($('#kopru-strings')?.textContent ?? '{}');
const fill = (s: string, values: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
const csrf = document.body.dataset.csrf ?? '';
const page = document.body.dataset.page ?? '';
const ticketId = Number(document.body.dataset.ticket) || null;

function fromHtml(html: string): Element | null {
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // server-rendered and escaped; <template> content runs no scripts
  return tpl.content.firstElementChild;
}

// ---- live list --------------------------------------------------------------------------------

let listTimer: number | undefined;
function scheduleListRefresh() {
  if (new URLSearchParams(location.search).has('cursor')) return; // later pages stay still
  clearTimeout(listTimer);
  listTimer = window.setTimeout(refreshList, 250);
}

async function refreshList() {
  const list = $('#ticket-list');
  if (!list) return;
  const query = new URLSearchParams((list.dataset.query ?? '').replace(/^\?/, ''));
  if (ticketId) query.set('selected', String(ticketId));
  const res = await fetch(`/inbox/list?${query.toString()}`, { credentials: 'same-origin' });
  if (!res.ok) return;
  const fresh = fromHtml(await res.text());
  if (!fresh) return;
  const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.row')?.dataset.ticketId;
  list.replaceWith(fresh);
  if (focused) $<HTMLAnchorElement>(`.row[data-ticket-id="${CSS.escape(focused)}"] .row-link`)?.focus();
}

async function refreshThread() {
  if (!ticketId) return;
  const res = await fetch(`/inbox/tickets/${ticketId}/thread`, { credentials: 'same-origin' });
  const thread = $('#thread');
  if (!res.ok || !thread) return;
  const fresh = fromHtml(await res.text());
  if (fresh) thread.replaceWith(fresh);
  const notice = $('#thread-notice');
  if (notice) notice.textContent = strings.newMessages;
}

async function refreshStatuses() {
  if (!ticketId) return;
  const res = await fetch(`/inbox/tickets/${ticketId}/statuses`, { credentials: 'same-origin' });
  if (!res.ok) return;
  for (const m of (await res.json()) as Array<{ id: number; status: string }>) {
    const el = $(`[data-message-id="${m.id}"] [data-status]`);
    if (!el || el.dataset.status === m.status) continue;
    el.dataset.status = m.status;
    el.className = `delivery delivery-${m.status}`;
    el.textContent = strings.delivery[m.status] ?? m.status;
  }
}

// ---- urgent alert ---------------------------------------------------------------------------------

const SOUND_KEY = 'kopru.sound';
let audio: AudioContext | null = null;
const title = document.title;

function beep() {
  if (localStorage.getItem(SOUND_KEY) !== '1') return;
  audio ??= new AudioContext();
  for (const [i, freq] of [880, 660, 880].entries()) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = freq;
    gain.gain.value = 0.15;
    osc.connect(gain).connect(audio.destination);
    const at = audio.currentTime + i * 0.22;
    osc.start(at);
    osc.stop(at + 0.18);
  }
}

function alertUrgent(id: number) {
  const banner = $('#live-banner');
  if (banner) {
    const link = document.createElement('a');
    link.href = `/tickets/${id}`;
    link.textContent = `⚠ ${strings.newUrgent} →`;
    banner.replaceChildren(link);
    banner.hidden = false;
  }
  document.title = `⚠ ${title}`;
  beep();
}

function alertOverdue(id: number) {
  const banner = $('#live-banner');
  if (!banner) return;
  const link = document.createElement('a');
  link.href = `/tickets/${id}`;
  link.textContent = `⏰ ${strings.referralOverdue} →`;
  banner.replaceChildren(link);
  banner.hidden = false;
}

function setupSound() {
  const box = $<HTMLInputElement>('#sound');
  if (!box) return;
  box.checked = localStorage.getItem(SOUND_KEY) === '1';
  box.addEventListener('change', () => {
    localStorage.setItem(SOUND_KEY, box.checked ? '1' : '0');
    if (box.checked) {
      audio ??= new AudioContext(); // created on a click so the browser lets it play later
      void audio.resume();
    }
  });
}

function startLive() {
  if (!$('#ticket-list')) return;
  const state = $('#live-state');
  const es = new EventSource('/inbox/events');
  es.addEventListener('hello', () => {
    document.body.dataset.live = 'on';
    if (state) {
      state.textContent = strings.live;
      state.classList.remove('offline');
    }
  });
  es.onerror = () => {
    document.body.dataset.live = 'off';
    if (state) {
      state.textContent = strings.offline;
      state.classList.add('offline');
    }
  };
  es.addEventListener('live', (ev) => {
    const e = JSON.parse((ev as MessageEvent<string>).data) as LiveEvent;
    if (e.type === 'message.created' && e.urgent && e.direction === 'in') alertUrgent(e.ticketId);
    scheduleListRefresh();
    // Escalation: supervisors are told at once when a referral misses its deadline.
    if (e.type === 'ticket.updated' && e.fields.includes('referralOverdue') && document.body.dataset.escalations === '1') alertOverdue(e.ticketId);
    if (ticketId && e.ticketId === ticketId) {
      // Citizen messages and notes (an AME's record arrives as a note) show up in the open thread.
      if (e.type === 'message.created' && e.direction !== 'out') void refreshThread();
      else if (e.type === 'message.status') void refreshStatuses();
    }
  });
  window.addEventListener('pagehide', () => es.close());
}

// ---- keyboard -------------------------------------------------------------------------------------

function rowLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('#ticket-list .row-link')];
}

function move(delta: number) {
  const links = rowLinks();
  if (links.length === 0) return;
  let at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) at = links.findIndex((a) => a.getAttribute('aria-current') === 'page');
  const next = links[Math.min(links.length - 1, Math.max(0, at < 0 ? 0 : at + delta))]!;
  // On a ticket, j/k open the neighbour; on the list they move the focus (Enter opens).
  if (page === 'ticket' && at >= 0 && next.getAttribute('aria-current') !== 'page') location.assign(next.href);
  else next.focus();
}

function setupKeys() {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) {
      if (e.key === 'Escape') target.blur();
      return;
    }
    const act = (fn: () => void) => {
      e.preventDefault();
      fn();
    };
    switch (e.key) {
      case 'j':
        return act(() => move(1));
      case 'k':
        return act(() => move(-1));
      case 'r':
        return void ($<HTMLTextAreaElement>('#reply-text') && act(() => $<HTMLTextAreaElement>('#reply-text')!.focus()));
      case 'e':
        return void ($<HTMLFormElement>('#resolve-form') && act(() => $<HTMLFormElement>('#resolve-form')!.requestSubmit()));
      case '/':
        return act(() => $<HTMLInputElement>('#q')?.focus());
      case '?':
        return act(() => {
          const banner = $('#live-banner');
          if (!banner) return;
          banner.textContent = strings.shortcuts;
          banner.hidden = false;
        });
    }
  });
}

// ---- reply box --------------------------------------------------------------------------------------

function setupReply() {
  const text = $<HTMLTextAreaElement>('#reply-text');
  const form = $<HTMLFormElement>('#reply-form');
  if (!text || !form) return;
  const counter = $('#sms-counter');
  const update = () => {
    if (!counter) return;
    const n = countSms(text.value);
    counter.textContent = fill(strings.smsCounter, { chars: n.chars, segments: n.segments, encoding: n.encoding });
  };
  text.addEventListener('input', update);
  update();
  const list = document.createElement('input');
  list.type = 'hidden';
  list.name = 'list';
  list.value = $('#ticket-list')?.dataset.query ?? '';
  form.append(list);
  const canned = $<HTMLSelectElement>('#canned');
  canned?.addEventListener('change', () => {
    const option = canned.selectedOptions[0];
    const body = option?.dataset.body;
    if (!body) return;
    const filled = body.replace(/\{ticket\}/g, form.dataset.ticketNumber ?? '').replace(/\{name\}/g, form.dataset.citizenName ?? '');
    text.value = text.value.trim() ? `${text.value.trimEnd()}\n${filled}` : filled;
    canned.value = '';
    update();
    text.focus();
  });
  for (const f of document.querySelectorAll<HTMLFormElement>('form[action^="/tickets/"]')) if (f !== form) f.append(list.cloneNode() as HTMLInputElement);
}

// ---- kimlik no reveal (audited on the server) -----------------------------------------------------------

function renderBody(el: HTMLElement, body: string) {
  let spans: Array<[number, number, string]> = [];
  try {
    spans = JSON.parse(el.dataset.spans ?? '[]');
  } catch {
    /* no highlighting then */
  }
  const parts: Node[] = [];
  let at = 0;
  for (const [a, b, kind] of spans) {
    if (a < at || b > body.length) continue;
    if (a > at) parts.push(document.createTextNode(body.slice(at, a)));
    const mark = document.createElement('mark');
    mark.className = `span-${kind}`;
    mark.textContent = body.slice(a, b);
    parts.push(mark);
    at = b;
  }
  if (at < body.length) parts.push(document.createTextNode(body.slice(at)));
  el.replaceChildren(...parts);
}

function setupReveal() {
  const button = $<HTMLButtonElement>('#reveal');
  if (!button) return;
  button.addEventListener('click', async () => {
    button.disabled = true;
    const res = await fetch(`/api/tickets/${button.dataset.ticket}/reveal`, { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrf } });
    const state = $('#reveal-state');
    if (!res.ok) {
      button.disabled = false;
      if (state) state.textContent = `${res.status}`;
      return;
    }
    const data = (await res.json()) as { tckn: string | null; messages: Array<{ id: number; body: string }> };
    const tckn = $('#tckn');
    if (tckn && data.tckn) tckn.textContent = data.tckn;
    for (const m of data.messages) {
      const el = $(`[data-message-id="${m.id}"] .body`);
      if (el) renderBody(el, m.body);
    }
    button.hidden = true;
    if (state) state.textContent = strings.revealed;
  });
}

setupSound();
setupKeys();
setupReply();
setupReveal();
startLive();
