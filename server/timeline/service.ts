/** GET /api/timeline: what happened when, and who took part. */
import type { Gateway } from '../neo4j/gateway.ts';
import { windowParams } from '../graph/filters.ts';
import { isActor, linkedRow, type Link } from '../graph/links.ts';
import { brief, GraphBuilder, textOrNull, type Graph, type NodeBrief } from '../graph/shape.ts';
import { timelineQuery } from './queries.ts';

export interface TimelineItem extends NodeBrief {
  kind: string | null;
  /** Agreements: signed | under_negotiation | planned. */
  status: string | null;
  /** The date to place the item by: startDate, else date (ISO, of the precision below). */
  date: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string | null;
  /** True when the date is inferred rather than stated; dateNote says how. */
  dateInferred: boolean;
  dateNote: string | null;
  description: string | null;
  /** People, countries and organisations pointing at the item (PARTY_TO, OVERSAW, PARTICIPATED_IN, HOSTED…). */
  parties: Link[];
  /** Everything else linked to it (places, products, other agreements and events, beneficiaries…). */
  related: Link[];
  /** Ids of the sources that mention it. */
  sources: string[];
}

export interface Timeline {
  from: string | null;
  to: string | null;
  items: TimelineItem[];
  /** The items, their parties and related nodes, and the relationships between them. */
  graph: Graph;
}


export async function timeline(gateway: Gateway, window: { from?: string | undefined; to?: string | undefined }): Promise<Timeline> {
  const res = await gateway.read(timelineQuery(window), windowParams(window));
  const b = new GraphBuilder();
  const items = res.records.map((r): TimelineItem => {
    const { node: e, props: p, links } = linkedRow(r, 'e', b);
    const isParty = (l: Link) => l.direction === 'in' && isActor(l);
    return {
      ...brief(e),
      kind: textOrNull(p['kind']),
      status: textOrNull(p['status']),
      date: String(p['startDate'] ?? p['date'] ?? p['endDate']),
      startDate: textOrNull(p['startDate']),
      endDate: textOrNull(p['endDate']),
      datePrecision: textOrNull(p['datePrecision']),
      dateInferred: p['dateInferred'] === true,
      dateNote: textOrNull(p['dateNote']),
      description: textOrNull(p['description']),
      parties: links.filter(isParty),
      related: links.filter((l) => !isParty(l)),
      sources: r.get('sources') as string[],
    };
  });
  return { from: window.from ?? null, to: window.to ?? null, items, graph: b.build() };
}
