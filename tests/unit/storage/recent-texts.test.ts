import { describe, expect, it } from 'vitest';
import { createRecentTexts } from '../../../src/main/storage/recent-texts';

describe('recent texts', () => {
  it('keeps texts up to the size given, dropping the least recently used first', () => {
    const texts = createRecentTexts<string>(10);
    texts.set('a', '1234');
    texts.set('b', '1234');
    expect(texts.get('a')).toBe('1234'); // a is now the more recently used
    texts.set('c', '1234'); // 12 characters: b goes
    expect(texts.get('b')).toBeUndefined();
    expect(texts.get('a')).toBe('1234');
    expect(texts.get('c')).toBe('1234');
    texts.set('a', '12345678'); // replaced, not added: 12 characters again, so c goes
    expect(texts.get('c')).toBeUndefined();
    expect(texts.get('a')).toBe('12345678');
  });

  it('does not keep a text larger than the whole size, nor one deleted', () => {
    const texts = createRecentTexts<string>(4);
    texts.set('a', '12345');
    expect(texts.get('a')).toBeUndefined();
    texts.set('b', '12');
    texts.delete('b');
    expect(texts.get('b')).toBeUndefined();
    texts.set('c', '1234'); // the deleted text no longer counts
    expect(texts.get('c')).toBe('1234');
  });
});
