/** Cypher of the agreements capability. */
import { linksSubquery } from '../graph/links.ts';

/** Every agreement (optionally of one status) with all its non-provenance links and its sources. */
export const AGREEMENTS = `
MATCH (a:Entity&Agreement)
WHERE $status IS NULL OR a.status = $status
${linksSubquery('a')}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONED_IN]->(s:Source)
  RETURN collect(s) AS sources
}
RETURN a, links, sources
ORDER BY toString(coalesce(a.date, '9999')), a.id`;
