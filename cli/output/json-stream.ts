import { countOperation } from '../../shared/model/operation-count';

/** An array field written item by item: the items and how each becomes JSON-ready data. */
export interface StreamedArray<T> {
  readonly items: readonly T[];
  readonly toJson: (item: T) => unknown;
}

/** A field's value: plain data, or an array streamed item by item. */
export type StreamedValue = unknown | StreamedArray<unknown>;

/**
 * Characters gathered before one write: few writes for a big output, and an output smaller than this
 * (every ordinary list) is written at once, as a single JSON.stringify would be.
 */
const CHARACTERS_PER_WRITE = 256 * 1024;

const isStreamed = (value: unknown): value is StreamedArray<unknown> =>
  typeof value === 'object' && value !== null && 'items' in value && 'toJson' in value && typeof (value as StreamedArray<unknown>).toJson === 'function';

/** `text` (JSON.stringify's two-space form of a value) moved `depth` levels in: every line after the first indented. */
const indent = (text: string, depth: number): string => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * Writes a JSON object exactly as `JSON.stringify(object, null, 2)` followed by a newline would, but
 * the streamed arrays' items are made JSON-ready one at a time and the text is written in pieces of
 * about CHARACTERS_PER_WRITE: the whole output never exists as one string (a list of 200,000 rows is
 * hundreds of megabytes of JSON), and an item's JSON-ready form lives only until its text is made.
 * `stringify` turns one value into its two-space JSON text.
 */
export function writeJsonObject(
  write: (text: string) => void,
  fields: Readonly<Record<string, StreamedValue>>,
  stringify: (value: unknown) => string = (value) => JSON.stringify(value, null, 2),
): void {
  let pending = '';
  const emit = (text: string): void => {
    pending += text;
    if (pending.length >= CHARACTERS_PER_WRITE) {
      write(pending);
      pending = '';
    }
  };
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
  if (entries.length === 0) emit('{}');
  else {
    emit('{');
    entries.forEach(([key, value], index) => {
      emit(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
      if (isStreamed(value)) emitArray(emit, value, stringify);
      else emit(indent(stringify(value), 1));
    });
    emit('\n}');
  }
  write(`${pending}\n`);
}

function emitArray(emit: (text: string) => void, array: StreamedArray<unknown>, stringify: (value: unknown) => string): void {
  const { items, toJson } = array;
  if (items.length === 0) {
    emit('[]');
    return;
  }
  emit('[');
  items.forEach((item, i) => {
    countOperation('list-json');
    emit(`${i === 0 ? '' : ','}\n    ${indent(stringify(toJson(item)), 2)}`);
  });
  emit('\n  ]');
}
