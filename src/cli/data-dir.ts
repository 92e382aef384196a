// The library folder named by --data: created when missing and proven writable before any service opens it.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The data folder cannot be used; the message is Chinese and names the folder. */
export class DataDirError extends Error {}

/** mkdir -p one level at a time: Node's recursive mkdir loops forever where the kernel answers ENOENT (e.g. under /proc). */
async function makeDirectories(target: string): Promise<void> {
  const parent = path.dirname(target);
  if (parent !== target) await makeDirectories(parent);
  await mkdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

function reasonOf(code: string | undefined, error: unknown): string {
  if (code === 'EACCES' || code === 'EPERM') return '没有写入权限';
  if (code === 'EROFS') return '位于只读文件系统';
  if (code === 'ENOENT') return '无法在该位置创建目录';
  if (code === 'ENOTDIR' || code === 'EEXIST') return '路径中有同名文件';
  return code ?? String(error);
}

/** Creates the data directory and proves it is writable, with a Chinese reason when it is not. */
export async function prepareDataDir(dataDir: string): Promise<void> {
  const probe = path.join(dataDir, `.write-test-${process.pid}`);
  try {
    await makeDirectories(dataDir);
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    const reason = reasonOf((error as NodeJS.ErrnoException).code, error);
    throw new DataDirError(`数据目录不可写：${dataDir}（${reason}）。请用 --data 指定一个可写的目录。`);
  }
}
