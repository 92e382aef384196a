// library.json through lowdb: the small index of the library (summaries + settings).
// lowdb's JSONFile writes through steno: a temp file then a rename, so a crash never leaves half a file.
import { copyFile, mkdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { readJsonFile } from './atomic-file';
import { keepLastGoodCopy } from './last-good-copy';
import { emptyLibrary, librarySchema, type LibraryData } from './library-schema';
import { currentSchemaVersion, migrateLibrary } from './migrations';

export type LibraryDb = Low<LibraryData>;

/** Thrown when library.json exists but cannot be used; the file is left untouched. */
export class LibraryFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`Cannot use ${path}: ${reason}`);
    this.name = 'LibraryFileError';
  }
}

async function readExisting(file: string): Promise<unknown> {
  try {
    return await readJsonFile(file);
  } catch (error) {
    throw new LibraryFileError(file, error instanceof Error ? error.message : String(error));
  }
}

/** Opens (or creates) library.json, migrating an older file after keeping a copy of it. */
export async function openLibraryDb(dataDir: string, file: string): Promise<LibraryDb> {
  await mkdir(dataDir, { recursive: true });
  const raw = await readExisting(file);
  // The adapter is passed explicitly: lowdb's presets switch to memory under NODE_ENV=test.
  const db = new Low<LibraryData>(new JSONFile<LibraryData>(file), emptyLibrary(currentSchemaVersion));
  if (raw === null) {
    await db.write();
    return db;
  }
  const { data, fromVersion } = migrateLibrary(raw);
  const parsed = librarySchema.safeParse(data);
  if (!parsed.success) throw new LibraryFileError(file, parsed.error.message);
  db.data = parsed.data;
  if (fromVersion !== currentSchemaVersion) {
    await copyFile(file, `${file}.v${fromVersion}.bak`);
    await db.write();
  }
  await keepLastGoodCopy(file);
  return db;
}
