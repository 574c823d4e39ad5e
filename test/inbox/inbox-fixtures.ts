import type { Channel, OutboundMessage } from '../../src/channel.ts';
import type { ParseResult } from '../../src/parser/types.ts';

/** A loopback stand-in for the SMS provider: records what the outbox hands it. */
export interface FakeChannel extends Channel {
  sent: OutboundMessage[];
}

export function fakeChannel(name: string): FakeChannel {
  const sent: OutboundMessage[] = [];
  return {
    name,
    sent,
    async start() {},
    async stop() {},
    health: () => ({ state: 'up', since: new Date(0) }),
    async send(msg) {
      sent.push(msg);
      return { externalId: `${name}-${msg.id}`, status: 'sent' };
    },
  };
}

/**
 * A small deterministic parser for these tests (the real one is tested on its own corpus): "ben <Ad Soyad>"
 * is the name, an 11-digit number starting 1–9 the kimlik no, "acil" makes it urgent.
 */
export function testParse(text: string): ParseResult {
  const tckn = /\b[1-9]\d{10}\b/.exec(text);
  const name = /\bben ([^\s,.]+ [^\s,.]+)/.exec(text);
  const nameStart = name ? name.index + 4 : 0;
  return {
    name: name ? name[1]! : null,
    tckn: tckn ? tckn[0] : null,
    tcknInvalid: null,
    request: text,
    province: /ankara/i.test(text) ? 'Ankara' : null,
    category: /şiddet|dövüyor/i.test(text) ? 'kadin' : 'genel',
    urgent: /acil/i.test(text),
    lang: 'tr',
    confidence: { name: 1, tckn: 1, request: 1, province: 1, category: 1, urgent: 1, lang: 1 },
    spans: { name: name ? [nameStart, nameStart + name[1]!.length] : null, tckn: tckn ? [tckn.index, tckn.index + 11] : null },
  };
}

/** OWASP XSS filter evasion classics, as citizen text and names. */
export const XSS_VECTORS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<img src=x onerror="window.__xss=2;alert(2)">',
  '"><svg onload=alert(3)>',
  "'><iframe src=javascript:alert(4)>",
  '<a href="javascript:alert(5)">tıkla</a>',
  '<body onload=alert(6)>',
  '<IMG SRC="jav&#x09;ascript:alert(7);">',
  '<div style="background:url(javascript:alert(8))">x</div>',
  '</textarea><script>alert(9)</script>',
  '</script><script>alert(10)</script>',
  '{{constructor.constructor("alert(11)")()}}',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(12)>',
  '<link rel=stylesheet href=http://evil.example/x.css>',
  '<img src="http://evil.example/pixel.png">',
];
