import type { ReactNode } from 'react';

/** One label–value pair of a details section; an empty value is left out. */
export interface Field {
  readonly label: string;
  readonly value: ReactNode;
  readonly mono?: boolean;
}

/** A definition list of fields (label left, value right). */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <dl className="fields">
      {fields
        .filter((field) => field.value !== null && field.value !== undefined && field.value !== '')
        .map((field) => (
          <div key={field.label} className="fields__row">
            <dt className="fields__label">{field.label}</dt>
            <dd className={`fields__value${field.mono ? ' mono' : ''}`}>{field.value}</dd>
          </div>
        ))}
    </dl>
  );
}
