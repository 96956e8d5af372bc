/**
 * File queries: cypher/queries/*.cypher, each with a header (see header.ts). Read once; they are part of the
 * code, read-only through the API. A bad header stops the app with the file and line named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { paramMismatch, parseHeader, type QueryHeader } from './header.ts';
import type { SavedQuery } from './model.ts';

export const queriesDir = path.join(projectRoot, 'cypher', 'queries');

export class QueryFileError extends Error {
  override name = 'QueryFileError';
}

/** Ids are file names without `.cypher`: lower-case words joined by hyphens. */
export const FILE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function loadFileQueries(dir = queriesDir): SavedQuery[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const rel = path.relative(projectRoot, path.join(dir, f));
      const id = f.slice(0, -'.cypher'.length);
      if (!FILE_ID.test(id)) throw new QueryFileError(`${rel}: the file name must be lower-case words joined by hyphens`);
      const cypher = fs.readFileSync(path.join(dir, f), 'utf8');
      let header: QueryHeader;
      try {
        header = parseHeader(cypher);
      } catch (err) {
        throw new QueryFileError(`${rel}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (!header.title) throw new QueryFileError(`${rel}: the header has no // @title`);
      const mismatch = paramMismatch(cypher, header.params);
      if (mismatch) throw new QueryFileError(`${rel}: ${mismatch}`);
      return {
        id,
        title: header.title,
        description: header.description ?? '',
        params: header.params,
        ...(header.titleAr ? { titleAr: header.titleAr } : {}),
        ...(header.descriptionAr ? { descriptionAr: header.descriptionAr } : {}),
        ...(header.paramLabelsAr ? { paramLabelsAr: header.paramLabelsAr } : {}),
        cypher,
        origin: 'file' as const,
        readOnly: true,
      };
    });
}
