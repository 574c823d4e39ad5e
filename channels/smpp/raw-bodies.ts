import smpp from 'smpp';

/**
 * node-smpp decodes `short_message` and `message_payload` into strings as soon as a PDU arrives, part
 * by part and lossily (an emoji split over two UCS2 parts, its Turkish shift table, IA5 as GSM), and
 * encodes outgoing text by guessing. Köprü does both itself (gsm7.ts, data-coding.ts, segment.ts), so
 * the library must hand over and send the octets as they are. The switch is process-wide and
 * idempotent; every SMPP peer in this process (channel, fake SMSC, benchmarks) speaks raw octets.
 */
let done = false;

export function useRawMessageBodies(): void {
  if (done) return;
  done = true;
  for (const command of ['deliver_sm', 'submit_sm', 'data_sm']) {
    const param = smpp.commands[command]?.params?.short_message;
    if (param) delete param.filter;
  }
  const payload = smpp.tlvs.message_payload;
  if (payload) delete payload.filter;
}
