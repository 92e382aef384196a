// Runs tasks one after another: every change to the library goes through one queue,
// so read-modify-write sequences never interleave.
export type Serialize = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): Serialize {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    // The queue goes on whether this task succeeded or not; the caller sees its own outcome.
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}
