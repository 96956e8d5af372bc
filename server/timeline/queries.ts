/** Cypher of the timeline capability. */
import { windowPredicate, where } from '../graph/filters.ts';
import { linksSubquery } from '../graph/links.ts';

/**
 * Dated agreements and events overlapping the window, oldest first, each with its non-provenance neighbours
 * and the sources that mention it.
 */
export function timelineQuery(window: { from?: string | undefined; to?: string | undefined }): string {
  return `
MATCH (e:Entity&(Agreement|Event))${where('coalesce(e.startDate, e.date, e.endDate) IS NOT NULL', windowPredicate(window, 'e'))}
${linksSubquery('e')}
CALL (e) {
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(s:Source)
  RETURN collect(s.id) AS sources
}
RETURN e, links, sources
ORDER BY toString(coalesce(e.startDate, e.date, e.endDate)), e.id`;
}
