// `npm run audit:electron`: Electronegativity on src/ for the Electron version the app pins. Each finding it
// reports is explained by a comment at the place it points to (reviewed by hand; it exits 0 either way).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { version } = require('electron/package.json');
const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const { bin } = require('@doyensec/electronegativity/package.json');
const cli = path.join(packageDir, typeof bin === 'string' ? bin : Object.values(bin)[0]);
const result = spawnSync(process.execPath, [cli, '--input', 'src', '--electron-version', version, '--relative'], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
