import { countOperation } from '../../shared/model/operation-count';

/** An array field written item by item: the items and how each becomes JSON-ready data. */
export interface StreamedArray<T> {
  readonly items: readonly T[];
  readonly toJson: (item: T) => unknown;
}

/** A field's value: plain data, or an array streamed item by item. */
export type StreamedValue = unknown | StreamedArray<unknown>;

/** Items turned to text per write: large enough for few writes, small enough that no write holds the whole output. */
const ITEMS_PER_WRITE = 500;

const isStreamed = (value: unknown): value is StreamedArray<unknown> =>
  typeof value === 'object' && value !== null && 'items' in value && 'toJson' in value && typeof (value as StreamedArray<unknown>).toJson === 'function';

/** `text` (JSON.stringify's two-space form of a value) moved `depth` levels in: every line after the first indented. */
const indent = (text: string, depth: number): string => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * Writes a JSON object exactly as `JSON.stringify(object, null, 2)` followed by a newline would, but
 * the streamed arrays' items are made JSON-ready and written a few hundred at a time: the whole
 * output never exists as one string (a list of 200,000 rows is hundreds of megabytes of JSON), and
 * an item's JSON-ready form lives only while its batch is written. `stringify` turns one value into
 * its two-space JSON text.
 */
export function writeJsonObject(
  write: (text: string) => void,
  fields: Readonly<Record<string, StreamedValue>>,
  stringify: (value: unknown) => string = (value) => JSON.stringify(value, null, 2),
): void {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    write('{}\n');
    return;
  }
  write('{');
  entries.forEach(([key, value], index) => {
    write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (isStreamed(value)) writeArray(write, value, stringify);
    else write(indent(stringify(value), 1));
  });
  write('\n}\n');
}

function writeArray(write: (text: string) => void, array: StreamedArray<unknown>, stringify: (value: unknown) => string): void {
  const { items, toJson } = array;
  if (items.length === 0) {
    write('[]');
    return;
  }
  write('[');
  for (let start = 0; start < items.length; start += ITEMS_PER_WRITE) {
    const end = Math.min(items.length, start + ITEMS_PER_WRITE);
    let text = '';
    for (let i = start; i < end; i++) text += `${i === 0 ? '' : ','}\n    ${indent(stringify(toJson(items[i])), 2)}`;
    countOperation('list-json', end - start);
    write(text);
  }
  write('\n  ]');
}
