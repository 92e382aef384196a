// lowdb adapter for library.json that writes durably (fsync of the file and its folder, private mode)
// instead of lowdb's JSONFile, whose steno writer renames without fsync. Writes run in call order, so
// the newest data always lands last, as with steno.
import type { Adapter } from 'lowdb';
import { readJsonFile, writeFileAtomic, type WriteFileSystem } from './atomic-file';
import { jsonBytes } from './json-bytes';
import { createSerialQueue } from './serial-queue';

export const privateFileMode = 0o600;

export class DurableJsonFile<T> implements Adapter<T> {
  readonly #queue = createSerialQueue();

  constructor(
    readonly path: string,
    readonly fs?: WriteFileSystem,
  ) {}

  async read(): Promise<T | null> {
    return (await readJsonFile(this.path)) as T | null;
  }

  write(data: T): Promise<void> {
    // Serialised now: a later change to the data does not slip into this write. The file's mtime is this
    // moment, not when the bytes reach the disk: files written after it are newer (see reportsChangedSince).
    const takenAt = new Date();
    const bytes = jsonBytes(data);
    return this.#queue(() =>
      writeFileAtomic(this.path, bytes, { mode: privateFileMode, mtime: takenAt, fs: this.fs }),
    );
  }
}
