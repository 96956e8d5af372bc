/** The reply of GET /api/schema, for the OpenAPI document. */
import { z } from 'zod';

const properties = z.array(z.string()).describe('Property keys found on them');

export const schemaReply = z.object({
  labels: z.array(z.object({ label: z.string(), count: z.number().int(), properties })).describe("Domain labels, most frequent first (not 'Entity', not internal ones)"),
  relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int(), properties })).describe('Types of relationships between domain nodes'),
  propertyKeys: z.record(z.string(), z.array(z.string())).describe('label → property keys'),
  nodeCount: z.number().int(),
  relationshipCount: z.number().int(),
});
