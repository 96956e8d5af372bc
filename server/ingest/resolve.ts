/**
 * Entity resolution: is a new entity already in the graph under another spelling? Names and aliases in all
 * three scripts are folded as search folds them (server/search/fold.ts), then reduced to a transliteration
 * key so that Meshal/Mishal, Al-Sabah/Al Sabah or أردوغان/اردوغان compare equal; names are compared word by
 * word, with one edit allowed in longer words.
 */
import { fold } from '../search/fold.ts';

export interface NamedNode {
  id: string;
  label: string;
  names: string[];
}

export interface Candidate {
  id: string;
  label: string;
  score: number;
  /** The pair of names that matched best: the new entity's and the existing node's. */
  names: [string, string];
}

/** Words that say little about identity: articles, titles, function words. */
const STOP = new Set([
  'the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'al', 'el', 'ul', 'bin', 'ibn',
  'sheikh', 'shaikh', 'president', 'mr', 'ms', 'dr',
  've', 'ile', 'bir',
  // Arabic, folded: function words and titles (president, his highness, sheikh, mr, mrs).
  'في', 'من', 'و', 'عن', 'الى', 'علي', 'الشيخ', 'شيخ', 'السيد', 'السيده', 'الرييس', 'رييس', 'سمو',
]);

/** Latin transliteration key: digraphs simplified, doubled letters and vowels after the first letter dropped. */
function latinKey(word: string): string {
  const w = word
    .replace(/^(al|el)(?=[a-z]{3,})/, '')
    .replace(/ph/g, 'f')
    .replace(/(kh|ch)/g, 'h')
    .replace(/(dh|th)/g, 'd')
    .replace(/(sh|sch)/g, 's')
    .replace(/q/g, 'k')
    .replace(/c/g, 'k')
    .replace(/[wy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return w[0] + w.slice(1).replace(/[aeiou]/g, '');
}

/** Arabic key: the article ال dropped, long vowels after the first letter dropped. */
function arabicKey(word: string): string {
  const w = word.replace(/^(وال|بال|لل|ال)(?=.{2,})/u, '');
  return w[0] + w.slice(1).replace(/[اويى]/gu, '');
}

/** The words of a name, each reduced to its key, stop words left out. */
export function nameKeys(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => (/\p{Script=Arabic}/u.test(w) ? arabicKey(w) : /[a-z]/.test(w) ? latinKey(w) : w))
    .filter(Boolean);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 1;
}

/** Dice coefficient over words (each word matched at most once): 1 for the same name, 0 for nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKeys(a);
  const y = nameKeys(b);
  if (!x.length || !y.length) return 0;
  const used = new Set<number>();
  let shared = 0;
  for (const w of x) {
    const j = y.findIndex((v, k) => !used.has(k) && wordsMatch(w, v));
    if (j >= 0) {
      used.add(j);
      shared++;
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** At or above this score a node is reported as a likely duplicate. */
export const DUPLICATE_THRESHOLD = 0.75;

/** Existing nodes whose names are close to the entity's, best first. */
export function likelyDuplicates(entity: NamedNode, existing: readonly NamedNode[], threshold = DUPLICATE_THRESHOLD): Candidate[] {
  const out: Candidate[] = [];
  for (const node of existing) {
    if (node.id === entity.id) continue;
    let best: Candidate | undefined;
    for (const a of entity.names) {
      for (const b of node.names) {
        const score = nameSimilarity(a, b);
        if (!best || score > best.score) best = { id: node.id, label: node.label, score, names: [a, b] };
      }
    }
    // A different label halves the evidence: a country and its ministry share words, not identity.
    if (best && node.label !== entity.label) best.score /= 2;
    if (best && best.score >= threshold) out.push({ ...best, score: Math.round(best.score * 100) / 100 });
  }
  return out.sort((p, q) => q.score - p.score || p.id.localeCompare(q.id));
}
