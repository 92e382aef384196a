// library.json through lowdb: the small index of the library (summaries + settings).
// Written through DurableJsonFile: temp file, fsync, rename, fsync of the folder; private mode.
import { copyFile, mkdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import { readJsonFile, type WriteFileSystem } from './atomic-file';
import { DurableJsonFile } from './durable-json-file';
import { keepLastGoodCopy } from './last-good-copy';
import { emptyLibrary, librarySchema, type LibraryData } from './library-schema';
import { currentSchemaVersion, migrateLibrary } from './migrations';
import { LibraryFileError } from './storage-errors';
import { storageMessages } from './storage-messages';
import { NewerFileVersionError } from './versioned-file';

export { LibraryFileError } from './storage-errors';

export type LibraryDb = Low<LibraryData>;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readExisting(file: string): Promise<unknown> {
  try {
    return await readJsonFile(file);
  } catch (error) {
    throw new LibraryFileError(file, storageMessages.libraryDamaged(file, reasonOf(error)));
  }
}

function migrate(file: string, raw: unknown): ReturnType<typeof migrateLibrary> {
  try {
    return migrateLibrary(raw);
  } catch (error) {
    if (!(error instanceof NewerFileVersionError)) throw error;
    throw new LibraryFileError(file, storageMessages.libraryNewer(file, error.version, error.supported));
  }
}

/** Opens (or creates) library.json, migrating an older file after keeping a copy of it. */
export async function openLibraryDb(dataDir: string, file: string, fs?: WriteFileSystem): Promise<LibraryDb> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const raw = await readExisting(file);
  // The adapter is passed explicitly: lowdb's presets switch to memory under NODE_ENV=test.
  const db = new Low<LibraryData>(
    new DurableJsonFile<LibraryData>(file, fs),
    emptyLibrary(currentSchemaVersion),
  );
  if (raw === null) {
    await db.write();
    return db;
  }
  const { data, fromVersion } = migrate(file, raw);
  const parsed = librarySchema.safeParse(data);
  if (!parsed.success)
    throw new LibraryFileError(file, storageMessages.libraryDamaged(file, parsed.error.message));
  db.data = parsed.data;
  if (fromVersion !== currentSchemaVersion) {
    await copyFile(file, `${file}.v${fromVersion}.bak`);
    await db.write();
  }
  await keepLastGoodCopy(file);
  return db;
}
