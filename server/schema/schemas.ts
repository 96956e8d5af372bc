/** The reply of GET /api/schema, for the OpenAPI document. */
import { z } from 'zod';
import type { RouteSpec } from '../openapi/registry.ts';

const counted = (key: 'label' | 'type') =>
  z.object({ [key]: z.string(), count: z.number().int(), properties: z.array(z.string()) } as Record<string, z.ZodType>);

export const schemaReply = z.object({
  labels: z.array(counted('label')),
  relationshipTypes: z.array(counted('type')),
  propertyKeys: z.record(z.string(), z.array(z.string())),
  nodeCount: z.number().int(),
  relationshipCount: z.number().int(),
});

export const schemaRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/schema',
    tag: 'Schema',
    summary: 'Labels and relationship types with counts, and property keys per label',
    description: 'Domain data only (internal labels such as _SavedQuery are left out). Cached for about 10 s.',
    response: schemaReply,
  },
];
