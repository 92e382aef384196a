// Typed errors of the storage layer, each with a Chinese message the app, the CLI and the bridge can show.
import { storageMessages } from './storage-messages';

export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : undefined;

/** A write to the library failed (full disk, read-only folder…). `message` is the Chinese reason alone. */
export class StorageWriteError extends Error {
  constructor(
    readonly code: string | undefined,
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? storageMessages.writeFailed(code), { cause: options?.cause });
    this.name = 'StorageWriteError';
  }

  /** File-system errors become StorageWriteError; anything else (a bug) is passed on as it is. */
  static wrap(error: unknown): unknown {
    if (error instanceof StorageWriteError) return error;
    const code = errorCode(error);
    return code === undefined ? error : new StorageWriteError(code, { cause: error });
  }
}

/** Another process holds the library: shown as it is by the desktop app's start-failure dialog and the CLI. */
export class LibraryLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number | null,
  ) {
    super(storageMessages.libraryLocked(dataDir, ownerPid));
    this.name = 'LibraryLockedError';
  }
}

/** library.json (or the library folder) exists but cannot be used; nothing was changed. Chinese message. */
export class LibraryFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryFileError';
  }

  /** The library folder itself cannot be used (no permission, read-only disk…). */
  static unopenable(dir: string, error: unknown): LibraryFileError {
    return new LibraryFileError(
      dir,
      storageMessages.libraryUnopenable(dir, storageMessages.writeFailed(errorCode(error))),
    );
  }
}
