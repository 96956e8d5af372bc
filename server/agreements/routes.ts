/** GET /api/agreements */
import { route } from '../http/route.ts';
import { agreementsQuery, agreementsReply } from './schemas.ts';
import { agreements } from './service.ts';

export const agreementsRoutes = [
  route({
    method: 'get',
    path: '/api/agreements',
    cached: true,
    tag: 'Agreements',
    summary: 'Who signed what with whom: every agreement with its parties, signatories, overseers and sources',
    description:
      'Parties are PARTY_TO edges (with their role); signatories are the parties whose role names them as signatory, plus any SIGNED edge; overseers are OVERSAW edges. As rows and as a graph.',
    query: agreementsQuery,
    response: agreementsReply,
    warmUp: () => ['/api/agreements'],
    handle: ({ query }, s) => agreements(s.gateway, query.status),
  }),
];
