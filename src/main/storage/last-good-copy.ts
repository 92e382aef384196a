// The last good copy of library.json: taken each time the library opens without error (and when the
// desktop app closes), and put back when the reviewer asks for it after library.json became unreadable.
// Only a file that reads as a library is copied. The damaged file is kept beside the restored one.
import { readFile } from 'node:fs/promises';
import { readOptionalFile, writeFileAtomic } from './atomic-file';
import { privateFileMode } from './durable-json-file';
import { librarySchema } from './library-schema';

export const lastGoodCopyPath = (libraryFile: string): string => `${libraryFile}.last-good`;

/** Copies library.json if it reads as a library. A copy that cannot be made only costs the fallback. */
export async function keepLastGoodCopy(libraryFile: string): Promise<void> {
  try {
    const bytes = await readFile(libraryFile);
    if (!librarySchema.safeParse(JSON.parse(bytes.toString('utf8'))).success) throw new Error('不是有效的审查库文件');
    await writeFileAtomic(lastGoodCopyPath(libraryFile), bytes, { mode: privateFileMode });
  } catch (error) {
    console.warn(`未能保存 ${libraryFile} 的备份副本`, error);
  }
}

export async function hasLastGoodCopy(libraryFile: string): Promise<boolean> {
  return (await readOptionalFile(lastGoodCopyPath(libraryFile))) !== null;
}

/**
 * Puts the last good copy in place of library.json. The damaged file is first kept as
 * library.json.damaged-<time>; library.json is replaced in one rename, so it is never missing.
 * Returns where the damaged file was kept (null when there was none).
 */
export async function restoreLastGoodCopy(libraryFile: string, now = new Date()): Promise<string | null> {
  const copy = await readFile(lastGoodCopyPath(libraryFile));
  const damaged = await readOptionalFile(libraryFile);
  let keptAs: string | null = null;
  if (damaged !== null) {
    keptAs = `${libraryFile}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
    await writeFileAtomic(keptAs, damaged, { mode: privateFileMode });
  }
  await writeFileAtomic(libraryFile, copy, { mode: privateFileMode });
  return keptAs;
}
