import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { seedFiles } from '../tests/e2e/support/files';
import { killHard, startServeProcess } from '../tests/e2e/support/serve-process';

test('screenshot of a damaged report in the library', async ({ page }) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nianbao-shot-'));
  let server = startServeProcess(dataDir);
  await server.ready;
  const { readFile } = await import('node:fs/promises');
  for (const file of seedFiles) {
    await server.invoke('library.import', { files: [{ name: path.basename(file), base64: (await readFile(file)).toString('base64') }], batchId: 'shot' });
  }
  await killHard(server);
  const [name] = await readdir(path.join(dataDir, 'reports'));
  await writeFile(path.join(dataDir, 'reports', name!), '{"version":1,"id":"');
  server = startServeProcess(dataDir);
  const { origin, token } = await server.ready;
  await page.goto(`${origin}/?token=${token}`);
  await page.waitForTimeout(3000);
  await page.screenshot({ path: 'tmp-shot/damaged.png', fullPage: true });
  const second = startServeProcess(dataDir);
  await second.exited;
  await writeFile('tmp-shot/second.txt', second.stderr());
  await killHard(server);
});
