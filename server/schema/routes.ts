/** GET /api/schema */
import { route } from '../http/route.ts';
import { schemaReply } from './schemas.ts';

export const schemaRoutes = [
  route({
    method: 'get',
    path: '/api/schema',
    cached: true,
    tag: 'Schema',
    summary: 'Labels and relationship types with counts, and property keys per label',
    description: 'Domain data only (internal labels such as _SavedQuery are left out). Cached for about 10 s.',
    response: schemaReply,
    warmUp: () => ['/api/schema'],
    handle: (_in, s) => s.schemaSummary.get(),
  }),
];
