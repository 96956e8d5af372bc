/**
 * Inputs and replies of the stored links: an explorer link too long for a URL (the view state with every
 * node's position, client/src/link-picture.ts) is stored once and shared as `/?s=<id>`.
 */
import { z } from 'zod';
import { text } from '../contract/inputs.ts';

/** The longest stored query string, and the body limit that holds it (JSON quoting adds little: it is URL text). */
export const LINK_LIMITS = { searchChars: 400_000, bodyLimit: '512kb' } as const;

/** Ids are content hashes in base64url; anything else cannot name one, so it is a 404, not a 400. */
export const LINK_ID = /^[A-Za-z0-9_-]{8,64}$/;

export const linkBody = z
  .object({
    search: text(LINK_LIMITS.searchChars, 2)
      .regex(/^\?[^\s#]+$/, 'must be a URL query string: "?" then no spaces and no "#"')
      .describe('The explorer URL\'s query string, "?" included: the view state and the picture (at=, vp=)'),
  })
  .strict()
  .meta({ id: 'StoredLinkBody' });
export type LinkBody = z.infer<typeof linkBody>;

export const linkSchema = z
  .object({
    id: z.string().describe('The content hash of the query string: the same state always gets the same id'),
    search: z.string().describe('The stored query string, "?" included'),
    createdAt: z.string().describe('When the link was first stored'),
  })
  .meta({ id: 'StoredLink' });
export type StoredLink = z.infer<typeof linkSchema>;

export const linkCreatedReply = linkSchema.extend({ url: z.string().describe('The short explorer link: <base>/?s=<id>') }).meta({ id: 'StoredLinkCreated' });

export const linkIdParams = z.object({ id: z.string().describe('Link id (a content hash)') });
