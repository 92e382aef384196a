// The most recently used texts by key, up to a total size: the oldest are dropped first.
export interface RecentTexts<Key> {
  get(key: Key): string | undefined;
  set(key: Key, text: string): void;
  delete(key: Key): void;
}

/** `maxChars` bounds the sum of the texts' lengths (a text longer than that is not kept). */
export function createRecentTexts<Key>(maxChars: number): RecentTexts<Key> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const texts = new Map<Key, string>();
  let chars = 0;

  const remove = (key: Key): void => {
    const text = texts.get(key);
    if (text === undefined) return;
    texts.delete(key);
    chars -= text.length;
  };

  return {
    get(key) {
      const text = texts.get(key);
      if (text === undefined) return undefined;
      texts.delete(key);
      texts.set(key, text);
      return text;
    },
    set(key, text) {
      remove(key);
      if (text.length > maxChars) return;
      texts.set(key, text);
      chars += text.length;
      for (const [oldest] of texts) {
        if (chars <= maxChars) break;
        remove(oldest);
      }
    },
    delete: remove,
  };
}
