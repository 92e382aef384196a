// Building Result values: expected failures are values with a stable code and a Chinese message.
import type { Result } from '../../shared/ipc-contract';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: string, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});
