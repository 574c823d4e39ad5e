import { BufferJSON, initAuthCreds, proto, type AuthenticationCreds, type AuthenticationState, type SignalDataSet, type SignalDataTypeMap } from '@whiskeysockets/baileys';
import type { SealedChannelState } from '../../src/store/sealed-channel-state.ts';

export interface DbAuthState {
  state: AuthenticationState;
  /** Writes the creds (Baileys says when: `creds.update`). */
  saveCreds(): void;
  /** True once this device has been linked to a phone. */
  registered(): boolean;
}

/**
 * Baileys' auth state (creds and signal keys) in the database, sealed with DATA_KEY (never in files:
 * whoever holds these reads and writes as the hotline's WhatsApp number).
 */
export function loadAuthState(store: SealedChannelState, now: () => number): DbAuthState {
  const saved = store.get('creds');
  const creds: AuthenticationCreds = saved === undefined ? initAuthCreds() : (JSON.parse(saved, BufferJSON.reviver) as AuthenticationCreds);
  const keyName = (type: string, id: string) => `key/${type}/${id}`;
  const state: AuthenticationState = {
    creds,
    keys: {
      get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
        const found = store.getMany(ids.map((id) => keyName(type, id)));
        const out: { [id: string]: SignalDataTypeMap[T] } = {};
        for (const id of ids) {
          const raw = found.get(keyName(type, id));
          if (raw === undefined) continue;
          let value: unknown = JSON.parse(raw, BufferJSON.reviver);
          // Baileys expects a proto instance here, not the plain object JSON gives back.
          if (type === 'app-state-sync-key' && value) value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
          out[id] = value as SignalDataTypeMap[T];
        }
        return out;
      },
      set(data: SignalDataSet) {
        const entries: Array<[string, string | null]> = [];
        for (const type of Object.keys(data) as Array<keyof SignalDataTypeMap>) {
          for (const [id, value] of Object.entries(data[type] ?? {})) {
            entries.push([keyName(type, id), value ? JSON.stringify(value, BufferJSON.replacer) : null]);
          }
        }
        if (entries.length) store.setMany(entries, now());
      },
      clear() {
        store.clear();
      },
    },
  };
  return {
    state,
    saveCreds: () => store.set('creds', JSON.stringify(creds, BufferJSON.replacer), now()),
    registered: () => Boolean(creds.registered || creds.me?.id),
  };
}
