import { isLidUser, isPnUser, jidNormalizedUser } from '@whiskeysockets/baileys';

/**
 * WhatsApp names a person by phone JID (905321234567@s.whatsapp.net) or by LID (a private id,
 * 12345@lid). A contact's address is `+<phone>` whenever the phone is known (the same shape as SMS),
 * otherwise the LID JID.
 */
export function addressOfJid(jid: string): string {
  const n = jidNormalizedUser(jid);
  if (isPnUser(n)) return `+${n.split('@')[0]}`;
  return n;
}

/** The JID to send to for a contact address. */
export function jidOfAddress(address: string): string | null {
  if (/^\+[1-9]\d{6,15}$/.test(address)) return `${address.slice(1)}@s.whatsapp.net`;
  if (/^\d+@lid$/.test(address)) return address;
  if (/^[1-9]\d{6,15}@s\.whatsapp\.net$/.test(address)) return address;
  return null;
}

/** The phone JID and the LID among a pair of JIDs (a key's remoteJid and remoteJidAlt), normalised. */
export function splitJids(...jids: Array<string | null | undefined>): { pn?: string; lid?: string } {
  const out: { pn?: string; lid?: string } = {};
  for (const jid of jids) {
    if (!jid) continue;
    const n = jidNormalizedUser(jid);
    if (isPnUser(n)) out.pn ??= n;
    else if (isLidUser(n)) out.lid ??= n;
  }
  return out;
}
