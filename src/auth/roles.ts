import type { Role } from '../db/schema.ts';

/** Every permission the inbox checks, granted per role in this one table. */
export type Permission =
  | 'inbox' // see the list and open tickets
  | 'reply'
  | 'note'
  | 'reveal' // see a kimlik no in clear (audited)
  | 'update' // status, category, urgent, province, take a ticket
  | 'assign_others'
  | 'audit'
  | 'export'
  | 'admin_users'
  | 'admin_canned'
  | 'refer' // send a ticket to the province's AME
  | 'routing' // operators' skills, auto-assignment on/off, the queue, overdue referrals
  | 'reports'
  | 'admin_ame' // the AME directory
  | 'admin_webhooks'
  | 'admin_channels'; // channel health, pairing the WhatsApp number

const OPERATOR: Permission[] = ['inbox', 'reply', 'note', 'reveal', 'update', 'refer'];
const SUPERVISOR: Permission[] = [...OPERATOR, 'assign_others', 'audit', 'export', 'routing', 'reports'];
const ADMIN: Permission[] = [...SUPERVISOR, 'admin_users', 'admin_canned', 'admin_ame', 'admin_webhooks', 'admin_channels'];

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  operator: new Set(OPERATOR),
  supervisor: new Set(SUPERVISOR),
  admin: new Set(ADMIN),
};

export const can = (role: Role, permission: Permission): boolean => GRANTS[role].has(permission);
