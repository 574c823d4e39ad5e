import { langFromTag, RTL, STRINGS, type WebchatLang } from '../i18n/index.ts';
import { createChat, type ClientSettings } from './chat.ts';
import { h } from './dom.ts';
import { loadSession } from './session.ts';
import { CSS } from './styles.ts';

declare const __KOPRU_WEBCHAT__: ClientSettings;

/**
 * One script for both the embedded widget (`<script src=".../webchat/widget.js" data-lang="tr">`)
 * and the standalone page (`data-mode="page"`). Everything it loads comes from the same server.
 */
(function boot() {
  const script = document.currentScript as HTMLScriptElement | null;
  const base = new URL('./', script?.src || location.href).href;
  const mode = script?.dataset.mode === 'page' ? 'page' : 'widget';
  const fromQuery = mode === 'page' ? new URLSearchParams(location.search).get('lang') : null;
  const lang: WebchatLang =
    [script?.dataset.lang, fromQuery, ...(navigator.languages ?? [navigator.language])]
      .map((tag) => (tag ? langFromTag(tag) : null))
      .find((l): l is WebchatLang => l !== null) ?? 'tr';
  const t = STRINGS[lang];
  const dir = RTL.has(lang) ? 'rtl' : 'ltr';

  const mount = () => {
    const host = (mode === 'page' && document.getElementById('kopru-webchat')) || h('div', { id: 'kopru-webchat-widget' });
    if (!host.isConnected) document.body.append(host);
    host.setAttribute('data-mode', mode);
    host.lang = lang;
    host.dir = dir;
    const root = host.attachShadow({ mode: 'open' });
    root.append(h('style', {}, CSS));
    const session = loadSession();
    const common = { base, lang, t, settings: __KOPRU_WEBCHAT__, session };

    if (mode === 'page') {
      const page = new URL(location.href);
      const languages = (['tr', 'ku', 'ar'] as const).map((code) => {
        page.searchParams.set('lang', code);
        return { code, name: STRINGS[code].languageName, href: page.pathname + page.search };
      });
      const chat = createChat({ ...common, heading: 'h1', languages });
      root.append(h('div', { class: 'page' }, chat.element));
      chat.connect();
      return;
    }

    const launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'kopru-panel' });
    // A speech-bubble icon drawn here: no icon font or image from anywhere else.
    launcher.innerHTML =
      '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>';
    launcher.append(h('span', {}, t.launcher));
    let connected = false;
    const setOpen = (open: boolean) => {
      chat.element.hidden = !open;
      launcher.setAttribute('aria-expanded', String(open));
      if (open) {
        if (!connected) {
          connected = true;
          chat.connect();
        }
        chat.focus();
      } else launcher.focus();
    };
    const chat = createChat({ ...common, heading: 'h2', onClose: () => setOpen(false) });
    chat.element.id = 'kopru-panel';
    chat.element.setAttribute('role', 'dialog');
    chat.element.hidden = true;
    chat.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        setOpen(false);
      }
    });
    launcher.addEventListener('click', () => setOpen(chat.element.hidden));
    root.append(chat.element, launcher);
  };

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
