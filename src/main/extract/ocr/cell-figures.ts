// A figure in a table cell as OCR may misspell it: a stray dot or dash beside it from the scan's dust
// ("0."), a letter for a digit ("O" for 0, "l" for 1). The figure is written plainly; a letter read
// as a digit is a guess, so the reading is marked as doubtful.

/** Characters OCR mistakes for digits, and the digit each stands for. */
const LOOKALIKES: Record<string, string> = { O: '0', o: '0', '〇': '0', D: '0', Q: '0', l: '1', I: '1', '|': '1' };
const LOOKALIKE = /[Oo〇DQlI|]/g;
/** Text that can only be a figure with noise: digits, look-alikes, separators and dust marks. */
const FIGURE_LIKE = /^[\s\d０-９Oo〇DQlI|.,，。·・'"`´\-–—_~]+$/;
/** Confidence given to a figure whose digits were guessed from letters: below the doubt threshold. */
export const GUESSED_CONFIDENCE = 0.5;

export interface CleanFigure {
  text: string;
  /** True when a letter was taken for a digit. */
  guessed: boolean;
}

export function cleanFigure(text: string): CleanFigure {
  // A figure, or a lone look-alike ("o" in a column of zeros).
  const lone = /^\s*[Oo〇lI|]\s*$/.test(text);
  if (!FIGURE_LIKE.test(text) || (!/[\d０-９]/.test(text) && !lone)) return { text, guessed: false };
  const guessed = /[Oo〇DQlI|]/.test(text);
  const digits = text
    .replace(LOOKALIKE, (character) => LOOKALIKES[character] ?? character)
    .replace(/\s+/g, '')
    // Dust before or after the figure; a decimal point or thousands separator inside it stays.
    .replace(/^[^\d０-９]+/, '')
    .replace(/[^\d０-９]+$/, '');
  return { text: digits, guessed };
}
