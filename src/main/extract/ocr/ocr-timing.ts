// Where OCR's time goes, stage by stage (rendering, levelling, detection, grid finding, recognition…),
// as wall time and CPU time (the process's user + system time: ONNX Runtime's threads included). Read
// by `npm run bench:ocr`; costs two clock reads per stage otherwise.

export interface StageTime {
  wallMs: number;
  cpuMs: number;
  calls: number;
}

const stages = new Map<string, StageTime>();

export async function timed<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    const used = process.cpuUsage(cpu);
    const time = stages.get(stage) ?? { wallMs: 0, cpuMs: 0, calls: 0 };
    time.wallMs += performance.now() - wall;
    time.cpuMs += (used.user + used.system) / 1000;
    time.calls++;
    stages.set(stage, time);
  }
}

/** The times gathered since the last call, by stage; the record starts afresh. */
export function takeStageTimes(): Map<string, StageTime> {
  const taken = new Map(stages);
  stages.clear();
  return taken;
}
