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
    handle: ({ query }, s) => overview(s.gateway, s.schema, query),
  }),
];
