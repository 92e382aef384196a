import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['tests/unit/{services,storage}/**/*.test.ts'], testTimeout: 60_000 } });
