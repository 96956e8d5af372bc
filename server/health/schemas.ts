/** The reply of GET /api/health. */
import { z } from 'zod';

export const healthReply = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checkedAt: z.iso.datetime().describe('When the database was last asked (at most about a second before, while it answers)'),
    neo4j: z.object({
      connected: z.boolean(),
      version: z.string().optional(),
      edition: z.string().optional(),
      mode: z.string().optional().describe('How Neo4j was provisioned: external, testcontainers or local'),
      error: z.string().optional().describe('Why the database is not reachable, in words (no driver internals)'),
    }),
    counts: z.object({ nodes: z.number().int(), relationships: z.number().int() }).optional(),
    warmingUp: z
      .literal(true)
      .optional()
      .describe('Present while the app, just started, asks itself each read query once, so that its first readers do not wait for Neo4j to plan them'),
  })
  .meta({ id: 'Health' });

export type Health = z.infer<typeof healthReply>;
