/** A determinate progress bar (value of max), labelled for assistive technology. */
export function ProgressBar({ value, max, label, text }: { value: number; max: number; label: string; text: string }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="progress__text">{text}</div>
    </div>
  );
}
