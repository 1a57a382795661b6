import { highlightSegments } from '../../shared/query/highlight';

/** A value in one inline element, with the stretches inside `ranges` wrapped in <mark> (the search matches). */
export function Highlighted({ value, ranges }: { value: string; ranges: readonly { start: number; end: number }[] }) {
  if (ranges.length === 0) return <span>{value}</span>;
  return (
    <span>
      {highlightSegments(value, ranges).map((segment, i) => (segment.isMatch ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </span>
  );
}
