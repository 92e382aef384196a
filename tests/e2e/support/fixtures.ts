// Playwright fixtures: one `nianbao serve` (fresh library) per test file, shared by that file's tests,
// and every page made to behave like the Chromium inside the pinned Electron.
import { test as base } from '@playwright/test';
import { installElectronBaseline } from './electron-baseline';
import { startServe, type ServeInstance } from './serve';

interface WorkerFixtures {
  serveRegistry: { current: { file: string; instance: ServeInstance } | null };
}

interface TestFixtures {
  /** The server of this test file, started on first use. */
  server: ServeInstance;
  /** A server with an empty library of its own, for this test only. */
  freshServer: ServeInstance;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  context: async ({ context }, use) => {
    await installElectronBaseline(context);
    await use(context);
  },
  serveRegistry: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    async ({}, use) => {
      const registry: WorkerFixtures['serveRegistry'] = { current: null };
      await use(registry);
      await registry.current?.instance.stop();
    },
    { scope: 'worker' },
  ],
  server: async ({ serveRegistry }, use, testInfo) => {
    // Files run one after another in a worker: a new file stops the previous file's server.
    if (serveRegistry.current?.file !== testInfo.file) {
      await serveRegistry.current?.instance.stop();
      serveRegistry.current = null;
      serveRegistry.current = { file: testInfo.file, instance: await startServe() };
    }
    await use(serveRegistry.current.instance);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  freshServer: async ({}, use) => {
    const instance = await startServe();
    await use(instance);
    await instance.stop();
  },
});

export { expect } from '@playwright/test';
