/** /api/links: explorer links too long for a URL, stored under a content hash and opened as /?s=<id>. */
import { route } from '../http/route.ts';
import { LINK_LIMITS, linkBody, linkCreatedReply, linkIdParams, linkSchema } from './schemas.ts';

const tag = 'Links';

export const linkRoutes = [
  route({
    method: 'post',
    path: '/api/links',
    tag,
    summary: 'Store an explorer link too long for a URL; the reply names its short form /?s=<id>',
    description: `Body: {search}, the explorer URL's query string (view state, node positions and viewport). The id is a hash of that text, so the same view always gets the same id and storing it again changes nothing. At most ${LINK_LIMITS.searchChars.toLocaleString('en')} characters (body limit ${LINK_LIMITS.bodyLimit}).`,
    body: linkBody,
    bodyLimit: () => LINK_LIMITS.bodyLimit,
    response: linkCreatedReply,
    responseHeaders: { Location: 'The URL of the stored link (GET /api/links/{id})' },
    status: 201,
    rateLimited: true,
    handle: async ({ body }, s, { req, res }) => {
      const link = await s.links.store(body.search);
      res.location(`/api/links/${encodeURIComponent(link.id)}`);
      return { ...link, url: s.links.url(link.id, s.snapshots.baseUrl(req)) };
    },
  }),
  route({
    method: 'get',
    path: '/api/links/{id}',
    tag,
    summary: 'A stored link: the query string the explorer opens for /?s=<id>',
    params: linkIdParams,
    response: linkSchema,
    errors: [404],
    handle: ({ params }, s) => s.links.get(params.id),
  }),
];
