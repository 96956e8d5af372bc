/** GET /api/timeline */
import { route } from '../http/route.ts';
import { timelineQuerySchema, timelineReply } from './schemas.ts';
import { timeline } from './service.ts';

export const timelineRoutes = [
  route({
    method: 'get',
    path: '/api/timeline',
    cached: true,
    tag: 'Timeline',
    summary: 'Dated agreements and events in a window, oldest first, with their parties',
    description:
      'An item is in the window when its date (or startDate–endDate range) overlaps it, at the precision it has: an event of 2024-05 is in a window to=2024-05-10.',
    query: timelineQuerySchema,
    response: timelineReply,
    warmUp: () => ['/api/timeline'],
    handle: ({ query }, s) => timeline(s.gateway, query),
  }),
];
