await import(new URL('./w.ts', import.meta.url).href);
