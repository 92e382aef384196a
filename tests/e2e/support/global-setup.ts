// Builds the browser renderer (out/web) once for the whole run, so every `nianbao serve` started
// by the tests serves the current sources without building again.
import path from 'node:path';
import { buildWeb } from '../../../src/cli/web-build';
import { defaultOutDirs, generateFixtureSet, standardFixtureSpecs } from '../../fixtures/generator/generate';

export default async function globalSetup(): Promise<void> {
  const projectRoot = path.resolve(import.meta.dirname, '../../..');
  process.stderr.write('正在构建网页界面（out/web）…\n');
  await buildWeb(projectRoot, path.join(projectRoot, 'out/web'));
  // Generated reports with known numbers (a no-op when up to date, as after the unit tests).
  await generateFixtureSet(defaultOutDirs.standard, { specs: standardFixtureSpecs() });
}
