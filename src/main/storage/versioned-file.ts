// Files that carry a version number (library.json, reports/<id>.json, reviews/<id>.json) are migrated
// step by step to the current version and then checked against their schema before anyone uses them.
import type { z } from 'zod';

export type RawFile = Record<string, unknown>;

export interface Migration {
  from: number;
  description: string;
  migrate(data: RawFile): RawFile;
}

/** The file was written by a newer version of the app: it is left as it is. */
export class NewerFileVersionError extends Error {
  constructor(
    readonly version: number,
    readonly supported: number,
  ) {
    super(`file version ${version} is newer than ${supported}`);
    this.name = 'NewerFileVersionError';
  }
}

export const asRecord = (value: unknown): RawFile =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RawFile) : {};

/** migrations[i] takes a file from version i + 1 to i + 2; a file without a version is version 1. */
export function migrateVersions(
  raw: unknown,
  migrations: Migration[],
  versionKey: string,
): { data: RawFile; fromVersion: number } {
  let data = asRecord(raw);
  const current = migrations.length + 1;
  const fromVersion = typeof data[versionKey] === 'number' ? data[versionKey] : 1;
  if (fromVersion > current) throw new NewerFileVersionError(fromVersion, current);
  for (const migration of migrations.slice(fromVersion - 1)) data = migration.migrate(data);
  return { data, fromVersion };
}

export type ReadBack<T> =
  { kind: 'ok'; value: T } | { kind: 'damaged'; reason: string } | { kind: 'newer'; version: number };

/** Parses, migrates and validates the text of a versioned file; never throws for bad content. */
export function readBack<T>(
  text: string,
  schema: z.ZodType<T>,
  migrations: Migration[],
  versionKey = 'version',
): ReadBack<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { kind: 'damaged', reason: 'not an object' };
  try {
    const { data } = migrateVersions(raw, migrations, versionKey);
    const parsed = schema.safeParse(data);
    if (!parsed.success) return { kind: 'damaged', reason: parsed.error.message.slice(0, 500) };
    return { kind: 'ok', value: parsed.data };
  } catch (error) {
    if (error instanceof NewerFileVersionError) return { kind: 'newer', version: error.version };
    throw error;
  }
}
