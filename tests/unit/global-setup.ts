// Vitest global setup: makes sure the standard generated fixtures exist (a no-op when they are up to date).
import { defaultOutDirs, generateFixtureSet, standardFixtureSpecs } from '../fixtures/generator/generate';
import { generateLayoutSet } from '../fixtures/generator/layout-set';

export default async function setup(): Promise<void> {
  const result = await generateFixtureSet(defaultOutDirs.standard, { specs: standardFixtureSpecs() });
  if (result.generated.length > 0) {
    console.log(
      `generated ${result.generated.length} fixture reports in ${(result.durationMs / 1000).toFixed(1)} s → ${result.dir}`,
    );
  }
  // Real layouts (portal pages with chrome, narrow tables printed to PDF) after the standard set, whose hashes they follow.
  await generateLayoutSet();
}
