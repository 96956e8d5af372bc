/** GET /api/search */
import { route } from '../http/route.ts';
import { searchQuery, searchReply } from './schemas.ts';
import { search } from './service.ts';

export const searchRoutes = [
  route({
    method: 'get',
    path: '/api/search',
    cached: true,
    tag: 'Search',
    summary: 'Full-text search over name, nameAr, nameTr and aliases',
    description:
      'The query is folded as the seed folds names (data/search-folding.md): `Erdogan` finds Erdoğan, `sonmez` finds Sönmez, `اردوغان` finds أردوغان. Each word matches exactly, as a prefix, or (from four letters) with one typo; a whole name or alias equal to the query ranks first; when the index finds nothing, a substring scan of the folded names is tried.',
    query: searchQuery,
    response: searchReply,
    // A name the index finds, and a word it does not (then the substring scan runs).
    warmUp: ({ node }) => [...(node ? [node.name] : []), 'qqqq'].map((q) => `/api/search?${new URLSearchParams({ q })}`),
    handle: ({ query }, s) => search(s.gateway, s.schema, query),
  }),
];
