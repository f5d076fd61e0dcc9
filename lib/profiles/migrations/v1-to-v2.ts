/**
 * v1 → v2: the secret moves out of the profile into `secret`, so that it can be sealed by the
 * passphrase lock while the rest of the profile (name, site) stays readable when locked.
 * v1: { v: 1, profile: { id, kind, name, siteUrl, email, apiToken, createdAt, updatedAt } }
 * v2: { v: 2, profile: { …without apiToken }, secret: { type: 'plain', values: { apiToken } } }
 * A malformed v1 record is passed on in a shape that the v2 schema rejects with a useful reason.
 */
import type { Migration } from './index';

export const v1ToV2: Migration = (record) => {
  const profile = record.profile;
  if (profile === null || typeof profile !== 'object' || Array.isArray(profile)) return { ...record, v: 2 };
  // v1 knew one kind only (cloud-api-token), whose secret is apiToken.
  const { apiToken, ...rest } = profile as Record<string, unknown>;
  return { v: 2, profile: rest, secret: { type: 'plain', values: { apiToken } } };
};
