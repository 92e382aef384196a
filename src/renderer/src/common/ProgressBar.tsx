// A labelled progress bar (0–100) that screen readers announce; the look comes from `className`
// and `${className}-fill`.
interface Props {
  className: string;
  label: string;
  percent: number;
  text: string;
}

export function ProgressBar({ className, label, percent, text }: Props) {
  return (
    <div
      className={className}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text}
    >
      <span className={`${className}-fill`} style={{ width: `${percent}%` }} />
    </div>
  );
}
