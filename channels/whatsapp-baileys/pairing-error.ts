/** Why a pairing request cannot be served; the HTTP route maps the code to a status. */
export class PairingError extends Error {
  constructor(
    readonly code: 'invalid_phone' | 'already_paired' | 'not_running' | 'no_socket',
    message: string,
  ) {
    super(message);
    this.name = 'PairingError';
  }
}
