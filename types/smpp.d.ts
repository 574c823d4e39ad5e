// The parts of node-smpp 0.5.1 Köprü uses (the package ships no types).
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  export interface PDU {
    command: string;
    command_id: number;
    command_status: number;
    sequence_number: number;
    [field: string]: unknown;
    isResponse(): boolean;
    response(options?: Record<string, unknown>): PDU;
    toBuffer(): Buffer;
  }

  export interface PDUConstructor {
    new (command: string, options?: Record<string, unknown>): PDU;
    maxLength: number;
  }

  export type ResponseCallback = (pdu: PDU) => void;

  export interface SessionOptions {
    host?: string;
    port?: number;
    tls?: boolean;
    url?: string;
    auto_enquire_link_period?: number;
    rejectUnauthorized?: boolean;
    [option: string]: unknown;
  }

  export class Session extends EventEmitter {
    socket: Socket;
    server?: Server;
    options: SessionOptions;
    send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean;
    pause(): void;
    resume(): void;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    bind_transceiver(options: Record<string, unknown>, callback?: ResponseCallback): boolean;
    bind_transmitter(options: Record<string, unknown>, callback?: ResponseCallback): boolean;
    bind_receiver(options: Record<string, unknown>, callback?: ResponseCallback): boolean;
    submit_sm(options: Record<string, unknown>, callback?: ResponseCallback): boolean;
    deliver_sm(options: Record<string, unknown>, callback?: ResponseCallback): boolean;
    enquire_link(options?: Record<string, unknown> | ResponseCallback, callback?: ResponseCallback): boolean;
    unbind(options?: Record<string, unknown> | ResponseCallback, callback?: ResponseCallback): boolean;
  }

  export interface Server extends NetServer {
    sessions: Session[];
  }

  export interface ParamDef {
    type: unknown;
    filter?: { encode(this: PDU, value: unknown): unknown; decode(this: PDU, value: unknown, skipUdh?: boolean): unknown };
    default?: unknown;
  }

  export const PDU: PDUConstructor;
  export function createServer(options?: Record<string, unknown>, listener?: (session: Session) => void): Server;
  export function createServer(listener: (session: Session) => void): Server;
  export function connect(options: SessionOptions, listener?: () => void): Session;
  export function createSession(options: SessionOptions, listener?: () => void): Session;
  export const commands: Record<string, { id: number; params?: Record<string, ParamDef> }>;
  export const tlvs: Record<string, { id: number; filter?: ParamDef['filter'] }>;
  export const errors: Record<string, number>;
  export const ESME_ROK: number;

  const smpp: {
    PDU: PDUConstructor;
    createServer: typeof createServer;
    connect: typeof connect;
    createSession: typeof createSession;
    commands: typeof commands;
    tlvs: typeof tlvs;
    errors: typeof errors;
    Session: typeof Session;
  };
  export default smpp;
}
