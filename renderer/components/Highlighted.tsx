import { escapeInvisible } from '../../shared/encoding/invisible-characters';
import { highlightSegments } from '../../shared/query/highlight';

/**
 * A value in one inline element, with the stretches inside `ranges` wrapped in <mark> (the search
 * matches). Hidden characters are shown as ⟨U+XXXX⟩ escapes; the ranges are taken on the value as
 * stored, so each segment is escaped after the split.
 */
export function Highlighted({ value, ranges }: { value: string; ranges: readonly { start: number; end: number }[] }) {
  if (ranges.length === 0) return <span>{escapeInvisible(value)}</span>;
  return (
    <span>
      {highlightSegments(value, ranges).map((segment, i) => (segment.isMatch ? <mark key={i}>{escapeInvisible(segment.text)}</mark> : escapeInvisible(segment.text)))}
    </span>
  );
}
