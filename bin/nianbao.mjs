#!/usr/bin/env node
// The `nianbao` command: runs the command line built ahead of time (out/cli), rebuilt first when
// its sources changed (scripts/cli-build.mjs; the check is a few stat calls).
import { ensureCliBuild } from '../scripts/cli-build.mjs';

const { main } = await import(await ensureCliBuild());
process.exitCode = await main(process.argv.slice(2));
