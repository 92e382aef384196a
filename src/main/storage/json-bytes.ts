// JSON.stringify's text, as UTF-8 bytes, made in pieces. V8 builds a large JSON.stringify result out of
// parts, and encoding it first copies them into one string of fresh memory: copy and encoding took longer
// than the stringify itself here (a report file: 100,000 characters). Large arrays are stringified a group
// of elements at a time, and the top objects a member at a time, so that no piece gets that large.

/** A piece is encoded once it reaches this many characters. */
const pieceChars = 16_384;
/** Arrays down to this depth are stringified by groups, objects above it by members. */
const walkedDepth = 2;

const isSkipped = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The UTF-8 of `JSON.stringify(value)`, for plain data (no `toJSON` that looks at its key). */
export function jsonBytes(value: unknown): Buffer {
  const buffers: Buffer[] = [];
  let pending = '';
  const emit = (text: string): void => {
    pending += text;
    if (pending.length >= pieceChars) {
      buffers.push(Buffer.from(pending, 'utf8'));
      pending = '';
    }
  };

  const writeArray = (array: unknown[]): void => {
    emit('[');
    // Groups sized from the last one's length, towards a piece each.
    let size = 16;
    for (let start = 0; start < array.length;) {
      const group = JSON.stringify(array.slice(start, start + size));
      emit(start === 0 ? group.slice(1, -1) : `,${group.slice(1, -1)}`);
      start += size;
      size = Math.max(1, Math.min(4096, Math.round((size * pieceChars) / group.length)));
    }
    emit(']');
  };

  const writeObject = (object: Record<string, unknown>, depth: number): void => {
    emit('{');
    let first = true;
    for (const key of Object.keys(object)) {
      const member = object[key];
      if (isSkipped(member)) continue;
      emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      write(member, depth + 1);
    }
    emit('}');
  };

  const write = (member: unknown, depth: number): void => {
    if (depth <= walkedDepth && Array.isArray(member)) return writeArray(member);
    const plainObject =
      typeof member === 'object' &&
      member !== null &&
      typeof (member as { toJSON?: unknown }).toJSON !== 'function';
    if (depth < walkedDepth && plainObject) return writeObject(member as Record<string, unknown>, depth);
    emit(JSON.stringify(member));
  };

  write(value, 0);
  if (pending.length > 0) buffers.push(Buffer.from(pending, 'utf8'));
  return buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
}
