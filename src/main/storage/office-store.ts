// office.json: what the oversight office sets once — its name, a contact, the days a body has to correct —
// and the scoring rubric. A file that cannot be read is kept aside (office.json.damaged-…) and the defaults
// are used, so a damaged file never blocks the library and is never silently overwritten.
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { OfficeSettings } from '../../shared/ipc-contract';
import type { Rubric } from '../../shared/scoring';
import { readJsonFile, writeJsonAtomic, type WriteFileSystem } from './atomic-file';
import { privateFileMode } from './durable-json-file';
import type { DataPaths } from './data-paths';

export interface StoredOffice {
  version: 1;
  office: OfficeSettings;
  /** Null: the default rubric. */
  rubric: Rubric | null;
}

export const defaultOffice: OfficeSettings = {
  officeName: '',
  contactName: '',
  contactPhone: '',
  deadlineDays: 15,
};

const severityPoints = z.object({ error: z.number(), warning: z.number(), info: z.number() });
const storedSchema = z.object({
  version: z.literal(1),
  office: z.object({
    officeName: z.string(),
    contactName: z.string(),
    contactPhone: z.string(),
    deadlineDays: z.number().int(),
  }),
  rubric: z
    .object({
      fullMarks: z.number(),
      severityPoints,
      rulePoints: z.record(z.string(), severityPoints.partial()),
      sectionCaps: z.record(z.string(), z.number()),
    })
    .nullable(),
});

export interface OfficeStore {
  read(): Promise<StoredOffice>;
  write(stored: StoredOffice): Promise<void>;
}

export function createOfficeStore(paths: DataPaths, fs?: WriteFileSystem): OfficeStore {
  const file = join(paths.root, 'office.json');
  return {
    async read() {
      let raw: unknown;
      try {
        raw = await readJsonFile(file);
      } catch (error) {
        raw = error;
      }
      if (raw === null) return { version: 1, office: { ...defaultOffice }, rubric: null };
      const parsed = storedSchema.safeParse(raw);
      if (parsed.success) return parsed.data as StoredOffice;
      await rename(file, `${file}.damaged-${Date.now()}`);
      console.warn(`[office] ${file} 无法读取，已改名保留，改用默认设置`);
      return { version: 1, office: { ...defaultOffice }, rubric: null };
    },
    write: (stored) => writeJsonAtomic(file, stored, { mode: privateFileMode, fs }),
  };
}
