import { RTL, type Strings, type WebchatLang } from './i18n/index.ts';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const head = (lang: WebchatLang, title: string) => `<!doctype html>
<html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>html,body{margin:0}body{font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","DejaVu Sans",Tahoma,sans-serif;line-height:1.5;color:#1a1a1a;background:#f3f4f6}
.doc{max-width:44rem;margin:0 auto;padding:1rem 1.5rem;background:#fff;min-height:100vh;box-sizing:border-box}a{color:#0b4f8a}</style>
</head>`;

/** The standalone chat (`/webchat`): for links and phones. The script renders into <main>. */
export function chatPage(lang: WebchatLang, t: Strings): string {
  return `${head(lang, t.title)}
<body>
<main id="kopru-webchat"><noscript><div class="doc"><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.noscript)}</p></div></noscript></main>
<script src="/webchat/widget.js" data-mode="page" data-lang="${lang}"></script>
</body>
</html>
`;
}

/** The built-in KVKK notice the short text links to (when WEBCHAT_KVKK_NOTICE_URL is not set). */
export function kvkkPage(lang: WebchatLang, t: Strings): string {
  return `${head(lang, t.kvkkPageTitle)}
<body>
<main class="doc">
<h1>${escapeHtml(t.kvkkPageTitle)}</h1>
${t.kvkkPageBody.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="/webchat?lang=${lang}">${escapeHtml(t.back)}</a></p>
</main>
</body>
</html>
`;
}
