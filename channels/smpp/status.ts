import smpp from 'smpp';
import { SendError, type SendErrorCode } from '../../src/channel.ts';

/** SMPP command_status → the closed set of send errors: slow down, try later, or give up. */

const NAMES = new Map<number, string>(Object.entries(smpp.errors).map(([name, code]) => [code, name]));

export function statusName(status: number): string {
  return NAMES.get(status) ?? `0x${status.toString(16).padStart(8, '0')}`;
}

const CODES: Record<string, SendErrorCode> = {
  ESME_RTHROTTLED: 'throttled',
  ESME_RMSGQFUL: 'throttled',
  ESME_RSYSERR: 'unavailable',
  ESME_RX_T_APPN: 'unavailable',
  ESME_RINVBNDSTS: 'unavailable',
  ESME_RSUBMITFAIL: 'unavailable',
  ESME_RUNKNOWNERR: 'unavailable',
  ESME_RDELIVERYFAILURE: 'unavailable',
  ESME_RINVSRCADR: 'misconfigured',
  ESME_RINVSRCTON: 'misconfigured',
  ESME_RINVSRCNPI: 'misconfigured',
  ESME_RINVSERTYP: 'misconfigured',
  ESME_RINVSYSTYP: 'misconfigured',
  ESME_RSERTYPUNAUTH: 'misconfigured',
  ESME_RPROHIBITED: 'misconfigured',
  ESME_RINVDSTADR: 'rejected',
  ESME_RINVDSTTON: 'rejected',
  ESME_RINVDSTNPI: 'rejected',
  ESME_RINVMSGLEN: 'rejected',
  ESME_RINVDCS: 'rejected',
  ESME_RINVESMCLASS: 'rejected',
  ESME_RX_P_APPN: 'rejected',
  ESME_RX_R_APPN: 'rejected',
};

/** Throttling waits longer than the outbox's first backoff step: the SMSC asked for it. */
const THROTTLE_WAIT_MS = 5_000;

export function mapSubmitStatus(status: number): SendError {
  const name = statusName(status);
  // Vendor-specific and unlisted codes are retried: the outbox's attempt limit bounds them.
  const code = CODES[name] ?? 'unavailable';
  return new SendError(code, `SMSC answered ${name}`, code === 'throttled' ? { retryAfterMs: THROTTLE_WAIT_MS } : undefined);
}
