import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeferredWrite } from '../../../src/main/storage/deferred-write';

describe('createDeferredWrite', () => {
  afterEach(() => vi.useRealTimers());

  it('coalesces scheduled writes and flushes what is pending', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async () => undefined);
    const deferred = createDeferredWrite(write, 250);
    deferred.schedule();
    deferred.schedule();
    deferred.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(1);

    deferred.schedule();
    await deferred.flush();
    expect(write).toHaveBeenCalledTimes(2);
    await deferred.flush();
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('keeps a failed write pending for the next flush', async () => {
    const write = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const deferred = createDeferredWrite(write, 250);
    deferred.schedule();
    await expect(deferred.flush()).rejects.toThrow('disk full');
    await deferred.flush();
    expect(write).toHaveBeenCalledTimes(2);
  });
});
