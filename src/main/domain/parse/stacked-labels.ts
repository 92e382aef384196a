// Labels stacked above their figures: a conversion (a PDF turned into Markdown, most often) wrote the labels
// of several rows one after another, each on lines of its own, then the rows' figures, a full line each, in
// the same order. A label's place among the stacked labels is its figures' place among the lines below.
import { isText, type Token } from './tokens';

/** A label numbered as the form's rows and groups are: "（七）总计", "四、结转下年度继续办理". */
const OTHER_NUMBERING = /^[(（]?[一二三四五六七八九十]+[)）、]/;

/** Text that starts a numbered row label: "3.补正后申请内容仍不", "（四）无2.没有现成信息需要另". */
const startsLabel = (token: Token): boolean => /[1-9][.．、][\u4e00-\u9fa5]/.test(token.key);

/**
 * The figures of the row labelled `label` when its label stands in such a stack (none, for a row numbered
 * otherwise that stands among the stacked labels): undefined when it does
 * not, or when the stack's labels and the full lines of figures right after it (a cell for each column,
 * written or blank) differ in number.
 */
export function stackedRowValues(
  tokens: Token[],
  label: Token,
  end: number,
  columns: number,
): Token[] | undefined {
  const textAt = (index: number) => tokens[index] !== undefined && isText(tokens[index]);
  let first = label.index;
  while (textAt(first - 1)) first--;
  let after = label.index + 1;
  while (textAt(after)) after++;
  const stack = tokens.slice(first, after).filter(startsLabel);
  if (stack.length < 2) return undefined;
  const lines = figureLines(tokens, after, end);
  if (lines.length !== stack.length || lines.some((line) => line.length !== columns)) return undefined;
  // A label numbered otherwise ("（七）总计") among them is a row of its own: none of the lines is its.
  if (!startsLabel(label) && OTHER_NUMBERING.test(label.key)) return [];
  // The label's place: that of its own first line, or of the numbered line it continues.
  return lines[stack.filter((token) => token.index <= label.index).length - 1];
}

/** The cells of each line of figures alone (blank cells too) from `from` on, up to the next text. */
function figureLines(tokens: Token[], from: number, end: number): Token[][] {
  const lines: Token[][] = [];
  let line: number | undefined;
  for (let i = from; i < end && !isText(tokens[i]!); i++) {
    const token = tokens[i]!;
    if (token.line !== line) {
      line = token.line;
      lines.push([]);
    }
    lines[lines.length - 1]!.push(token);
  }
  return lines;
}
