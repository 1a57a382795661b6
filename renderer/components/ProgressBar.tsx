/**
 * A determinate progress bar (value of max), labelled for assistive technology. The fill grows by a
 * transform, not its width: the transition then runs on the compositor, where a width transition
 * re-laid out and repainted the page every frame of a long load.
 */
export function ProgressBar({ value, max, label, text }: { value: number; max: number; label: string; text: string }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
        <div className="progress__fill" style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
      <div className="progress__text">{text}</div>
    </div>
  );
}
