/**
 * GET /api/agreements: who signed what with whom. Parties are the PARTY_TO edges; signatories are the parties
 * whose role names them as signatory, plus anyone with a SIGNED edge (the articles name no individual signer);
 * overseers are the OVERSAW edges (the leaders who oversaw a signing).
 */
import type { Node } from 'neo4j-driver';
import type { Gateway } from '../neo4j/gateway.ts';
import { linkedRow, type Link } from '../graph/links.ts';
import { brief, GraphBuilder, textOrNull, toJson, type Graph, type JsonValue, type NodeBrief } from '../graph/shape.ts';
import { AGREEMENTS } from './queries.ts';

export interface AgreementRow extends NodeBrief {
  kind: string | null;
  status: string | null;
  date: string | null;
  datePrecision: string | null;
  dateInferred: boolean;
  dateNote: string | null;
  purpose: string | null;
  topic: string | null;
  /** Contract value and currency, when the sources give one. */
  value: JsonValue;
  currency: string | null;
  parties: Link[];
  signatories: Link[];
  overseers: Link[];
  /** Events it was signed during (SIGNED_DURING). */
  signedDuring: Link[];
  /** Every other link: what it covers, benefits, follows, concerns, who reported it. */
  related: Link[];
  sources: { id: string; name: string | null; publication: string | null }[];
}

export interface Agreements {
  rows: AgreementRow[];
  /** The agreements and everything linked to them, without provenance edges. */
  graph: Graph;
}


export async function agreements(gateway: Gateway, status?: string): Promise<Agreements> {
  const res = await gateway.read(AGREEMENTS, { status: status ?? null });
  const b = new GraphBuilder();
  const rows = res.records.map((r): AgreementRow => {
    const { node: a, props: p, links } = linkedRow(r, 'a', b);
    const incoming = (type: string) => links.filter((l) => l.type === type && l.direction === 'in');
    const parties = incoming('PARTY_TO');
    const signatories = [...parties.filter((l) => /signator/i.test(l.role ?? '')), ...incoming('SIGNED')];
    const overseers = incoming('OVERSAW');
    const signedDuring = links.filter((l) => l.type === 'SIGNED_DURING' && l.direction === 'out');
    const listed = new Set([...parties, ...signatories, ...overseers, ...signedDuring].map((l) => l.edgeId));
    return {
      ...brief(a),
      kind: textOrNull(p['kind']),
      status: textOrNull(p['status']),
      date: textOrNull(p['date']),
      datePrecision: textOrNull(p['datePrecision']),
      dateInferred: p['dateInferred'] === true,
      dateNote: textOrNull(p['dateNote']),
      purpose: textOrNull(p['purpose']),
      topic: textOrNull(p['topic']),
      value: toJson(p['value']),
      currency: textOrNull(p['currency']),
      parties,
      signatories,
      overseers,
      signedDuring,
      related: links.filter((l) => !listed.has(l.edgeId)),
      sources: (r.get('sources') as Node[]).map((s) => ({
        id: brief(s).id,
        name: textOrNull(s.properties['name']),
        publication: textOrNull(s.properties['publication']),
      })),
    };
  });
  return { rows, graph: b.build() };
}
