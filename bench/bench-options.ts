// The benchmarks' command-line options: `--name VALUE`.

/** The value after `name`, or undefined when it is not given. */
export const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

/** The number after `name`, or `fallback` when it is not given. */
export const argument = (name: string, fallback: number): number => {
  const value = option(name);
  return value === undefined ? fallback : Number(value);
};
