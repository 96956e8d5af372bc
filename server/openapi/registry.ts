/**
 * What a route tells the OpenAPI document about itself. Each capability lists its routes next to the zod
 * schemas its router validates with, so the document and the validation cannot drift apart.
 */
import type { z } from 'zod';

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI form: /api/nodes/{id}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Body of the success reply. */
  response: z.ZodType;
  /** Media types of the success reply when it is not JSON (images, HTML). */
  contentTypes?: string[];
  /** Success status, 200 unless said. */
  status?: 200 | 201 | 204;
  /** Needs the bearer token when API_TOKEN is set. */
  auth?: boolean;
  /** Error statuses worth listing besides 400 and 503. */
  errors?: number[];
}
