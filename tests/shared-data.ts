// Where the project's shared material (seeds, real reports) lives: beside the repository, as on
// every developer machine and in CI; NIANBAO_SHARED_DIR points elsewhere.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const sharedDir = process.env.NIANBAO_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
export const seedsDir = path.join(sharedDir, 'seeds');
export const realDir = path.join(sharedDir, 'fixtures/real');
export const realOfdDir = path.join(sharedDir, 'fixtures/ofd');
