/**
 * Failed logins counted in a sliding window, per IP and username together and per IP alone (so one
 * address cannot spray many usernames). In memory: one process serves the inbox.
 */
export interface LoginRateLimitOptions {
  windowMs?: number;
  perUser?: number;
  perIp?: number;
  now?: () => number;
}

export interface LoginRateLimit {
  /** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfter(ip: string, username: string): number;
  failed(ip: string, username: string): void;
  succeeded(ip: string, username: string): void;
}

export function createLoginRateLimit(o: LoginRateLimitOptions = {}): LoginRateLimit {
  const windowMs = o.windowMs ?? 5 * 60_000;
  const perUser = o.perUser ?? 5;
  const perIp = o.perIp ?? 30;
  const now = o.now ?? Date.now;
  const hits = new Map<string, number[]>();
  const userKey = (ip: string, username: string) => `u\u0000${ip}\u0000${username.toLocaleLowerCase('tr-TR')}`;
  const ipKey = (ip: string) => `i\u0000${ip}`;

  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const list = (hits.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) hits.set(key, list);
    else hits.delete(key);
    return list;
  };
  const wait = (list: number[], max: number) => (list.length >= max ? list[list.length - max]! + windowMs - now() : 0);

  return {
    retryAfter(ip, username) {
      if (hits.size > 50_000) for (const key of [...hits.keys()]) recent(key); // bounded memory under a flood
      return Math.max(wait(recent(userKey(ip, username)), perUser), wait(recent(ipKey(ip)), perIp), 0);
    },
    failed(ip, username) {
      for (const key of [userKey(ip, username), ipKey(ip)]) hits.set(key, [...recent(key), now()]);
    },
    succeeded(ip, username) {
      hits.delete(userKey(ip, username));
    },
  };
}
