/**
 * Typed parameters of saved queries: checking and coercing what a caller gives (JSON from the API, strings
 * from the command line) into the values the query receives. A mismatch names the parameter.
 */
import { ApiError } from '../http/api-error.ts';
import { isRealDate, isWellFormed } from '../contract/inputs.ts';

export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'nodeId', 'enum'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
export type ParamValue = string | number | boolean | null;

export interface ParamSpec {
  name: string;
  type: ParamType;
  /** Absent: the parameter is required. null: optional, with no value. */
  default?: ParamValue;
  /** For enum: the allowed values, in the order a form offers them. */
  values?: string[];
}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MAX_STRING = 1_000;

/** Coerces one value to `type` (an enum's to one of `values`); throws an Error whose message says what was expected. */
export function coerceValue(type: ParamType, raw: unknown, values: readonly string[] = []): ParamValue {
  switch (type) {
    case 'enum':
      if (typeof raw !== 'string' || !values.includes(raw)) throw new Error(`expected one of ${values.join(', ')}, got ${describe(raw)}`);
      return raw;
    case 'string':
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      if (typeof raw !== 'string') throw new Error('expected a string');
      if (raw.length > MAX_STRING) throw new Error(`expected at most ${MAX_STRING} characters`);
      if (!isWellFormed(raw)) throw new Error('expected well-formed Unicode text');
      return raw;
    case 'int': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && INT.test(raw.trim()) ? Number(raw.trim()) : NaN;
      if (!Number.isSafeInteger(n)) throw new Error(`expected an integer, got ${describe(raw)}`);
      return n;
    }
    case 'float': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && FLOAT.test(raw.trim()) ? Number(raw.trim()) : NaN;
      if (!Number.isFinite(n)) throw new Error(`expected a number, got ${describe(raw)}`);
      return n;
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw new Error(`expected true or false, got ${describe(raw)}`);
    case 'date':
      if (typeof raw !== 'string' || !DATE.test(raw) || !isRealDate(raw)) {
        throw new Error(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(raw)}`);
      }
      return raw;
    case 'nodeId':
      if (typeof raw !== 'string' || !raw || raw.length > 200 || !isWellFormed(raw)) throw new Error(`expected a node id, got ${describe(raw)}`);
      return raw;
  }
}

/** A default as written in a header (`=…`): `null`, or a value of the type ("quoted" strings allowed). */
export function coerceDefault(type: ParamType, text: string, values: readonly string[] = []): ParamValue {
  if (text === 'null') return null;
  if ((type === 'string' || type === 'nodeId' || type === 'enum') && /^".*"$/.test(text)) return coerceValue(type, JSON.parse(text) as unknown, values);
  return coerceValue(type, text, values);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const shown = typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : v;
  return JSON.stringify(shown) ?? String(v);
}

export interface CoercedParams {
  /** As the caller sees them (JSON). */
  values: Record<string, ParamValue>;
  /** Names of the int parameters (sent as INTEGER, not FLOAT). */
  integers: string[];
  /** Names and values of nodeId parameters, whose nodes must exist. */
  nodeIds: Record<string, string>;
}

/**
 * Checks `given` against the specs: unknown names, missing required values and type mismatches are a 400
 * naming the parameter. Absent or null values take the default.
 */
export function coerceParams(specs: readonly ParamSpec[], given: Record<string, unknown> = {}): CoercedParams {
  const issues: { path: string; message: string }[] = [];
  const known = new Set(specs.map((s) => s.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) issues.push({ path: `params.${name}`, message: `not a parameter of this query (it takes ${specs.map((s) => s.name).join(', ') || 'none'})` });
  }
  const values: Record<string, ParamValue> = {};
  const integers: string[] = [];
  const nodeIds: Record<string, string> = {};
  for (const spec of specs) {
    const raw = given[spec.name];
    let value: ParamValue;
    if (raw === undefined || raw === null) {
      if (spec.default === undefined) {
        issues.push({ path: `params.${spec.name}`, message: `required (${spec.type})` });
        continue;
      }
      value = spec.default;
    } else {
      try {
        value = coerceValue(spec.type, raw, spec.values);
      } catch (err) {
        issues.push({ path: `params.${spec.name}`, message: `${spec.type}: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
    }
    values[spec.name] = value;
    if (spec.type === 'int') integers.push(spec.name);
    if (spec.type === 'nodeId' && typeof value === 'string') nodeIds[spec.name] = value;
  }
  if (issues.length) {
    const first = issues[0]!;
    throw new ApiError(400, 'validation_error', `${first.path}: ${first.message}`, { issues });
  }
  return { values, integers, nodeIds };
}

/** `k=v` pairs from the command line → a params object (values stay strings; coerceParams types them). */
export function parseParamPairs(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--param expects name=value, got "${pair}"`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}
