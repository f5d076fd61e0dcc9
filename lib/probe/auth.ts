/**
 * The Authorization header a probe carries, and the redacted form reports show instead of it.
 * The secret is in `authorization` only, which is never stored; `shown` names the credential by
 * its fingerprint.
 */
import { basicCredentials } from '../atlassian/base64';
import { maskEmail } from '../atlassian/responses';
import type { ProbeRequest } from '../model/report';

export interface ProbeAuth {
  scheme: Exclude<ProbeRequest['auth'], 'none'>;
  /** The header value. Never stored, never shown. */
  authorization: string;
  /** `Authorization: Basic ‹a…n@example.com:ATATT…9f3c›`. */
  shown: string;
}

/** base64 of the UTF-8 bytes of `email:token`, as the Basic scheme wants it. */
export function basicAuthorization(email: string, token: string): string {
  return `Basic ${basicCredentials(email, token)}`;
}

export function bearerAuthorization(token: string): string {
  return `Bearer ${token}`;
}

function shownBasic(email: string, fingerprint: string): string {
  return `Authorization: Basic ‹${maskEmail(email)}:${fingerprint}›`;
}

function shownBearer(fingerprint: string): string {
  return `Authorization: Bearer ‹${fingerprint}›`;
}

export function basicAuth(email: string, token: string, fingerprint: string): ProbeAuth {
  return { scheme: 'basic', authorization: basicAuthorization(email, token), shown: shownBasic(email, fingerprint) };
}

export function bearerAuth(token: string, fingerprint: string): ProbeAuth {
  return { scheme: 'bearer', authorization: bearerAuthorization(token), shown: shownBearer(fingerprint) };
}
