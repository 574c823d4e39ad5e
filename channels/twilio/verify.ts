import twilio from 'twilio';

/**
 * Twilio signs the URL it was configured with plus the sorted form fields (HMAC-SHA1 with the auth
 * token). Behind a proxy the request URL we see is not that URL, so PUBLIC_URL + path + query is what
 * gets checked; without PUBLIC_URL, the request URL as this server sees it.
 */
export function signedUrl(publicUrl: string | undefined, requestUrl: string): string {
  if (!publicUrl) return requestUrl;
  const u = new URL(requestUrl);
  return `${publicUrl.replace(/\/+$/, '')}${u.pathname}${u.search}`;
}

export function verifyTwilioSignature(authToken: string, signature: string | undefined, url: string, params: Record<string, string>): boolean {
  if (!signature) return false;
  // The default export: in ESM the named export is undefined (see STACK.md).
  return twilio.validateRequest(authToken, signature, url, params);
}
