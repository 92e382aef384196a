// A costly load (a library, a model) made on first use and shared by every later call; a failed load
// is not kept, so that a later call tries again instead of failing for the life of the process.
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
