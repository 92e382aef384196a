// Coalesces writes of derived data (summary counts in library.json) that need not block the caller:
// many review decisions in a row cost one write. flush() writes now if anything is pending.
export interface DeferredWrite {
  schedule(): void;
  flush(): Promise<void>;
}

export function createDeferredWrite(write: () => Promise<void>, delayMs: number): DeferredWrite {
  let timer: NodeJS.Timeout | null = null;
  let pending = false;

  const flush = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    pending = false;
    try {
      await write();
    } catch (error) {
      // Kept pending, so the next schedule or flush tries again; the caller of flush sees the error.
      pending = true;
      throw error;
    }
  };

  return {
    schedule() {
      pending = true;
      timer ??= setTimeout(() => {
        flush().catch((error: unknown) => console.error('[storage] deferred write failed', error));
      }, delayMs);
    },
    flush,
  };
}
