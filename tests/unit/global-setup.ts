// Vitest global setup: the patches applied and the command line built (as bin/nianbao.mjs would on first
// use), and the standard generated fixtures made (each a no-op when up to date).
import { ensureCliBuild } from '../../scripts/cli-build.mjs';
import { defaultOutDirs, generateFixtureSet, standardFixtureSpecs } from '../fixtures/generator/generate';
import { generateLayoutSet } from '../fixtures/generator/layout-set';

export default async function setup(): Promise<void> {
  await ensureCliBuild();
  const result = await generateFixtureSet(defaultOutDirs.standard, { specs: standardFixtureSpecs() });
  if (result.generated.length > 0) {
    console.log(
      `generated ${result.generated.length} fixture reports in ${(result.durationMs / 1000).toFixed(1)} s → ${result.dir}`,
    );
  }
  // Real layouts (portal pages with chrome, narrow tables printed to PDF) after the standard set, whose hashes they follow.
  await generateLayoutSet();
}
