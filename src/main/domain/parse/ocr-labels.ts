// Row labels read by OCR: one character of a label may come out wrong ("行政执法量卷" for "行政执法案卷").
// A label read by OCR still matches a row key of at least four characters when one character differs;
// shorter keys must match exactly (two characters differ from other words by one too often).

const MIN_NEAR_KEY = 4;

/** True when `text` holds `key` with at most one character replaced by another. */
export function nearlyIncludes(text: string, key: string): boolean {
  const keyChars = [...key];
  if (keyChars.length < MIN_NEAR_KEY) return false;
  const chars = [...text];
  for (let start = 0; start + keyChars.length <= chars.length; start++) {
    let differing = 0;
    for (let i = 0; i < keyChars.length && differing <= 1; i++)
      if (chars[start + i] !== keyChars[i]) differing++;
    if (differing <= 1) return true;
  }
  return false;
}

/**
 * The one row of `table` a label read by OCR stands for when it matches no key exactly but nearly
 * matches the keys of exactly one row ("2.重复申请" nearly holds "反复申请" too, but holds "重复申请").
 */
export function nearRow<Row extends { keys: readonly string[] }>(
  label: string,
  rows: readonly Row[],
): Row | undefined {
  if (rows.some((row) => row.keys.some((key) => label.includes(key)))) return undefined;
  const near = rows.filter((row) => row.keys.some((key) => nearlyIncludes(label, key)));
  return near.length === 1 ? near[0] : undefined;
}
