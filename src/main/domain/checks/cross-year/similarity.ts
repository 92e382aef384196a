// Character-shingle Jaccard similarity of two Chinese texts. Whitespace, punctuation, digits and
// Latin letters are dropped first, so that a text copied with only its years and numbers changed
// still counts as the same text.

export const SHINGLE_SIZE = 3;

export function shinglesOf(text: string, size = SHINGLE_SIZE): Set<string> {
  const chars = [...text.replace(/[^\u4e00-\u9fa5]/g, '')];
  const shingles = new Set<string>();
  for (let index = 0; index + size <= chars.length; index += 1)
    shingles.add(chars.slice(index, index + size).join(''));
  return shingles;
}

/** |A ∩ B| / |A ∪ B| of the two texts' shingles; 0 when either is empty. */
export function jaccard(a: string, b: string, size = SHINGLE_SIZE): number {
  const left = shinglesOf(a, size);
  const right = shinglesOf(b, size);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Chinese characters in the text, for the minimum-length rule. */
export const chineseLength = (text: string): number => text.replace(/[^\u4e00-\u9fa5]/g, '').length;
