// Prints how long bin/nianbao.mjs's freshness check takes in a fresh process (importing the build script and
// comparing the recorded inputs' times), in milliseconds, and how many inputs it compared.
const started = performance.now();
const { ensureCliBuild } = await import('../scripts/cli-build.mjs');
await ensureCliBuild();
const ms = performance.now() - started;
const { readFileSync } = await import('node:fs');
const { inputs } = JSON.parse(readFileSync(new URL('../out/cli/build.json', import.meta.url), 'utf8'));
process.stdout.write(JSON.stringify({ ms, inputs: inputs.length }));
