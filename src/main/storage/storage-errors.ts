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

/** library.json exists but cannot be used (damaged, or from a newer version); nothing was changed. Chinese message. */
export class LibraryFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryFileError';
  }
}

/** The library folder itself cannot be used (no permission, read-only disk…): Chinese message naming it. */
export class LibraryFolderError extends Error {
  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    super(storageMessages.libraryUnopenable(dataDir, storageMessages.writeFailed(errorCode(cause))), {
      cause,
    });
    this.name = 'LibraryFolderError';
  }
}

/** Why a library did not open, each with a Chinese message naming the folder or file: shown as it is. */
export const isLibraryOpenError = (error: unknown): error is Error =>
  error instanceof LibraryLockedError ||
  error instanceof LibraryFileError ||
  error instanceof LibraryFolderError;
