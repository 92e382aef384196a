// Types of scripts/cli-build.mjs, for the TypeScript callers (tests, benchmarks).
/** Applies the patches in patches/; false when one did not apply (reported on stderr). */
export function applyPatches(): Promise<boolean>;
/** Applies the patches and builds the command line now; the file URL of its entry. */
export function buildCli(): Promise<string>;
/** The file URL of an up-to-date command-line entry, building first when there is none or it is stale. */
export function ensureCliBuild(): Promise<string>;
