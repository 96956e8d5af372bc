/** GET /api/sources, /api/sources/{id}, /api/evidence: the articles, their passages, and search in them. Read-only. */
import { route } from '../http/route.ts';
import { evidenceQuery, evidenceReply, sourceParams, sourceReply, sourcesReply } from './schemas.ts';
import { evidence, listSources, sourceDetails } from './service.ts';

const tag = 'Sources';

export const sourceRoutes = [
  route({
    method: 'get',
    path: '/api/sources',
    cached: true,
    tag,
    summary: 'The articles the graph is built from, with their metadata and how many facts each supports',
    response: sourcesReply,
    warmUp: () => ['/api/sources'],
    handle: (_input, s) => listSources(s.gateway),
  }),
  route({
    method: 'get',
    path: '/api/sources/{id}',
    cached: true,
    tag,
    summary: 'One article: metadata, text, and every quoted passage with the ids of the facts it supports',
    params: sourceParams,
    response: sourceReply,
    errors: [404],
    warmUp: ({ sourceId }) => (sourceId ? [`/api/sources/${encodeURIComponent(sourceId)}`] : []),
    handle: ({ params }, s) => sourceDetails(s.gateway, params.id),
  }),
  route({
    method: 'get',
    path: '/api/evidence',
    cached: true,
    tag,
    summary: 'Facts that rest on a passage mentioning the given words',
    description:
      'Matches the words of the quotes (Arabic folded as names are: hamza, alef, ta marbuta, diacritics, Turkish letters) and of their English glosses; a fact is returned once per source that quotes it. MENTIONED_IN is left out.',
    query: evidenceQuery,
    response: evidenceReply,
    warmUp: ({ node }) => (node ? [`/api/evidence?${new URLSearchParams({ q: node.name })}`] : []),
    handle: ({ query }, s) => evidence(s.gateway, query.q, query.limit),
  }),
];
