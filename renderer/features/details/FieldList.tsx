import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import { Fragment, type ReactNode } from 'react';

/** One label–value pair of a details section; an empty value is left out. */
export interface Field {
  readonly label: string;
  /** Text (shown on one line), lines of text (one per line), or markup the caller made safe. */
  readonly value: ReactNode | readonly string[];
  readonly mono?: boolean;
}

/** A value as shown: text with hidden characters (a line break too) as ⟨U+XXXX⟩, lines split by <br>, markup as it is. */
function shownValue(value: Field['value']): ReactNode {
  if (typeof value === 'string') return escapeInvisible(value);
  if (!Array.isArray(value)) return value as ReactNode;
  return value.map((line: string, index: number) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {escapeInvisible(line)}
    </Fragment>
  ));
}

/** True when a field has nothing to show. */
function isEmpty(value: Field['value']): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A definition list of fields (label left, value right); data text shows hidden characters as ⟨U+XXXX⟩. */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <dl className="fields">
      {fields
        .filter((field) => !isEmpty(field.value))
        .map((field) => (
          <div key={field.label} className="fields__row">
            <dt className="fields__label">{field.label}</dt>
            <dd className={`fields__value${field.mono ? ' mono' : ''}`}>{shownValue(field.value)}</dd>
          </div>
        ))}
    </dl>
  );
}
