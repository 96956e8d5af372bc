/**
 * The header of a saved query: leading `//` comment lines with tags.
 *
 *   // @title Agreements in a date range
 *   // @description Agreements signed or planned between two dates, oldest first.
 *   // @param from:date=2018
 *   // @param to:date=2025-12-31
 *   MATCH (a:Agreement) WHERE …
 *
 * `@param name:type[=default]`; types string, int, float, boolean, date, nodeId, and enum(a|b|…) (one of
 * the listed values; a form offers them as a choice). Without `=` the parameter is required; `=null` makes it
 * optional with no value. `@description` may repeat (lines are joined).
 * The interface's Arabic: `@title:ar`, `@description:ar` (may repeat) and `@param:ar name label` (a
 * parameter's label in the form).
 */
import { tokenize } from '../cypher/lexer.ts';
import { coerceDefault, PARAM_TYPES, type ParamSpec, type ParamType } from './params.ts';

export interface QueryHeader {
  title: string | undefined;
  description: string | undefined;
  params: ParamSpec[];
  titleAr?: string;
  descriptionAr?: string;
  /** Arabic labels of the parameters, by name. */
  paramLabelsAr?: Record<string, string>;
}

export class HeaderError extends Error {
  override name = 'HeaderError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const PARAM_LINE = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z]+)(?:\(([^)]*)\))?\s*(?:=(.*))?$/;
const ENUM_VALUE = /^[\p{L}\p{N}_.-]{1,100}$/u;

export function parseHeader(text: string): QueryHeader {
  const header: QueryHeader = { title: undefined, description: undefined, params: [] };
  const description: string[] = [];
  const descriptionAr: string[] = [];
  const labelsAr: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (!line.startsWith('//')) break;
    const m = /^\/\/\s*@(\w+(?::ar)?)\s*(.*)$/.exec(line);
    if (!m) continue; // a plain comment
    const [, tag, rest = ''] = m;
    const value = rest.trim();
    const lineNo = i + 1;
    switch (tag) {
      case 'title':
        if (!value) throw new HeaderError(lineNo, '@title needs a text');
        header.title = value;
        break;
      case 'description':
        if (value) description.push(value);
        break;
      case 'title:ar':
        if (!value) throw new HeaderError(lineNo, '@title:ar needs a text');
        header.titleAr = value;
        break;
      case 'description:ar':
        if (value) descriptionAr.push(value);
        break;
      case 'param:ar': {
        const l = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.+)$/.exec(value);
        if (!l) throw new HeaderError(lineNo, `@param:ar must read name label, got "${value}"`);
        labelsAr[l[1]!] = l[2]!.trim();
        break;
      }
      case 'param': {
        const p = PARAM_LINE.exec(value);
        if (!p) throw new HeaderError(lineNo, `@param must read name:type or name:type=default, got "${value}"`);
        const [, name = '', type = '', args, dflt] = p;
        if (!PARAM_TYPES.includes(type as ParamType)) {
          throw new HeaderError(lineNo, `@param ${name}: unknown type "${type}" (use ${PARAM_TYPES.join(', ')})`);
        }
        if (header.params.some((x) => x.name === name)) throw new HeaderError(lineNo, `@param ${name} is declared twice`);
        const spec: ParamSpec = { name, type: type as ParamType };
        if (type === 'enum') spec.values = enumValues(lineNo, name, args);
        else if (args !== undefined) throw new HeaderError(lineNo, `@param ${name}: only enum takes a list in brackets`);
        if (dflt !== undefined) {
          try {
            spec.default = coerceDefault(spec.type, dflt.trim(), spec.values);
          } catch (err) {
            throw new HeaderError(lineNo, `@param ${name}: default ${err instanceof Error ? err.message : String(err)}`);
          }
        }
        header.params.push(spec);
        break;
      }
      default:
        throw new HeaderError(lineNo, `unknown tag @${tag} (use @title, @description, @param, and :ar of each)`);
    }
  }
  if (description.length) header.description = description.join(' ');
  if (descriptionAr.length) header.descriptionAr = descriptionAr.join(' ');
  for (const name of Object.keys(labelsAr)) {
    if (!header.params.some((x) => x.name === name)) throw new HeaderError(0, `@param:ar ${name}: no such @param`);
  }
  if (Object.keys(labelsAr).length) header.paramLabelsAr = labelsAr;
  return header;
}

/** The values of `enum(a|b|…)`: at least one, each a word (letters, digits, _ . -), none twice. */
function enumValues(lineNo: number, name: string, args: string | undefined): string[] {
  const values = (args ?? '').split('|').map((v) => v.trim());
  if (!args || values.some((v) => !ENUM_VALUE.test(v))) throw new HeaderError(lineNo, `@param ${name}: enum must list its values as enum(a|b|…), got "enum(${args ?? ''})"`);
  if (new Set(values).size !== values.length) throw new HeaderError(lineNo, `@param ${name}: enum lists a value twice`);
  return values;
}

/** Names of the parameters ($name) a query uses, outside strings and comments. */
export function usedParams(query: string): string[] {
  const names = new Set<string>();
  for (const t of tokenize(query)) if (t.kind === 'param') names.add(t.text.replace(/^`|`$/g, ''));
  return [...names];
}

/** Every used parameter is declared and every declared one is used; else a message saying which. */
export function paramMismatch(query: string, params: readonly ParamSpec[]): string | undefined {
  const used = usedParams(query);
  const declared = new Set(params.map((p) => p.name));
  const undeclared = used.filter((u) => !declared.has(u));
  if (undeclared.length) return `the query uses ${undeclared.map((u) => '$' + u).join(', ')} without declaring ${undeclared.length > 1 ? 'them' : 'it'}`;
  const unused = params.filter((p) => !used.includes(p.name));
  if (unused.length) return `parameter${unused.length > 1 ? 's' : ''} ${unused.map((p) => p.name).join(', ')} ${unused.length > 1 ? 'are' : 'is'} declared but not used`;
  return undefined;
}
