/** /api/nodes/{id} and /api/graph/*: one node, a neighbourhood, paths, the overview. */
import { graphSchema } from '../contract/replies.ts';
import { route } from '../http/route.ts';
import { neighbourhoodQuery, nodeDetailsReply, nodeParams, overviewQuery, overviewReply, pathsQuery, pathsReply } from './schemas.ts';
import { neighbourhood, nodeDetails, overview, paths } from './service.ts';

const tag = 'Graph';
const provenanceNote =
  'Provenance stays out of the view by default: MENTIONED_IN edges and Source nodes are left out unless `types` lists MENTIONED_IN or `labels` lists Source.';

export const graphRoutes = [
  route({
    method: 'get',
    path: '/api/nodes/{id}',
    cached: true,
    tag,
    summary: 'One node with its properties, its facts and its sources with quotes',
    params: nodeParams,
    response: nodeDetailsReply,
    errors: [404],
    warmUp: ({ node }) => (node ? [`/api/nodes/${encodeURIComponent(node.id)}`] : []),
    handle: ({ params }, s) => nodeDetails(s.gateway, params.id),
  }),
  route({
    method: 'get',
    path: '/api/graph/neighbourhood',
    cached: true,
    tag,
    summary: 'The subgraph around a node',
    description: `Nodes within depth hops (nearest first), walking only through nodes and relationships the filters keep, and every kept relationship among them. ${provenanceNote}`,
    query: neighbourhoodQuery,
    response: graphSchema,
    errors: [404, 504],
    // Each depth is a query text of its own.
    warmUp: ({ node }) => (node ? [1, 2].map((depth) => `/api/graph/neighbourhood?${new URLSearchParams({ id: node.id, depth: String(depth) })}`) : []),
    handle: ({ query }, s) => neighbourhood(s.gateway, s.schema, query),
  }),
  route({
    method: 'get',
    path: '/api/graph/paths',
    cached: true,
    tag,
    summary: 'All shortest paths between two nodes',
    description: `As a graph and as a list of paths. The two end nodes are always allowed. ${provenanceNote}`,
    query: pathsQuery,
    response: pathsReply,
    errors: [404, 504],
    // The explorer's connection finder asks up to 6 steps.
    warmUp: ({ node, other }) => (node && other ? [`/api/graph/paths?${new URLSearchParams({ from: node.id, to: other.id, maxLength: '6' })}`] : []),
    handle: ({ query }, s) => paths(s.gateway, s.schema, query),
  }),
  route({
    method: 'get',
    path: '/api/graph/overview',
    cached: true,
    tag,
    summary: 'The whole graph when it fits, else its highest-degree part (truncated: true)',
    description: provenanceNote,
    query: overviewQuery,
    response: overviewReply,
    errors: [504],
    warmUp: () => ['/api/graph/overview'],
    handle: ({ query }, s) => overview(s.gateway, s.schema, query),
  }),
];
