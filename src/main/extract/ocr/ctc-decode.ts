// The recognition model's output (per time step, a probability for each character of the dictionary,
// index 0 the CTC blank) read as text, with the confidence of each character kept.

export interface Recognized {
  text: string;
  /** Per character, the probability the model gave it. */
  charConfidences: number[];
  /** Per character, the time step it was read at (each step covers the same width of the input). */
  charSteps: number[];
}

export function ctcDecode(
  output: Float32Array,
  steps: number,
  classes: number,
  offset: number,
  dictionary: readonly string[],
): Recognized {
  let text = '';
  const charConfidences: number[] = [];
  const charSteps: number[] = [];
  let previous = -1;
  for (let step = 0; step < steps; step++) {
    const base = offset + step * classes;
    let best = 0;
    let bestProbability = output[base]!;
    for (let k = 1; k < classes; k++) {
      const probability = output[base + k]!;
      if (probability > bestProbability) {
        best = k;
        bestProbability = probability;
      }
    }
    if (best !== 0 && best !== previous) {
      text += dictionary[best - 1] ?? '';
      charConfidences.push(bestProbability);
      charSteps.push(step);
    }
    previous = best;
  }
  return { text, charConfidences, charSteps };
}
