/**
 * Size bounds of a Cypher text, checked before Neo4j sees it. Neo4j's parser and planner take time that grows
 * steeply with nesting and with long operator chains (a list nested 400 deep held a query check for two
 * minutes; `1+1+…` of 4,000 terms planned for ten seconds), and its transaction timeout does not cover them.
 * The defaults are far beyond what real queries need and far below what hurts; each is a setting.
 */
import { ApiError } from '../http/api-error.ts';
import type { Token } from './lexer.ts';
import type { TokenInfo } from './structure.ts';

export interface CypherBounds {
  /** CYPHER_MAX_LENGTH: characters. */
  maxLength: number;
  /** CYPHER_MAX_TOKENS: words, numbers, strings and punctuation (comments and spaces do not count). */
  maxTokens: number;
  /** CYPHER_MAX_DEPTH: brackets, braces, parentheses and CASE inside one another, with runs of NOT or signs. */
  maxDepth: number;
  /** CYPHER_MAX_CHAIN: binary operators in one expression at one level (AND, OR, +, =, …). */
  maxChain: number;
}

const tooComplex = (setting: string, message: string, details: Record<string, unknown>) =>
  new ApiError(400, 'query_too_complex', `${message} (${setting}); simplify the query.`, { limit: setting, ...details });

export function checkLength(query: string, bounds: CypherBounds): void {
  if (query.length > bounds.maxLength) {
    throw tooComplex('CYPHER_MAX_LENGTH', `The query is ${query.length} characters long; at most ${bounds.maxLength} are accepted`, { max: bounds.maxLength, found: query.length });
  }
}

export function checkBounds(tokens: readonly Token[], info: readonly TokenInfo[], bounds: CypherBounds): void {
  if (tokens.length > bounds.maxTokens) {
    throw tooComplex('CYPHER_MAX_TOKENS', `The query has ${tokens.length} tokens; at most ${bounds.maxTokens} are accepted`, { max: bounds.maxTokens, found: tokens.length });
  }
  for (let i = 0; i < info.length; i++) {
    const { depth, chain } = info[i]!;
    const offset = tokens[i]!.offset;
    if (depth > bounds.maxDepth) {
      throw tooComplex('CYPHER_MAX_DEPTH', `The query nests more than ${bounds.maxDepth} levels deep (brackets, CASE, NOT) at offset ${offset}`, { max: bounds.maxDepth, offset });
    }
    if (chain > bounds.maxChain) {
      throw tooComplex('CYPHER_MAX_CHAIN', `One expression chains more than ${bounds.maxChain} operators at offset ${offset}`, { max: bounds.maxChain, offset });
    }
  }
}
