// Vitest global setup: makes sure the standard generated fixtures exist (a no-op when they are up to date).
import { defaultOutDirs, generateFixtureSet, standardFixtureSpecs } from '../fixtures/generator/generate';

export default async function setup(): Promise<void> {
  const result = await generateFixtureSet(defaultOutDirs.standard, { specs: standardFixtureSpecs() });
  if (result.generated.length > 0) {
    console.log(
      `generated ${result.generated.length} fixture reports in ${(result.durationMs / 1000).toFixed(1)} s → ${result.dir}`,
    );
  }
}
