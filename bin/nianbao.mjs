#!/usr/bin/env node
// The `nianbao` command: runs the command line built ahead of time (out/cli), rebuilt first when
// its sources changed (scripts/cli-build.mjs; the check is a few stat calls).
import { ensureCliBuild } from '../scripts/cli-build.mjs';

// Output piped into a command that stops reading (`| head`) ends this one quietly, as SIGPIPE would.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const { main } = await import(await ensureCliBuild());
process.exitCode = await main(process.argv.slice(2));
