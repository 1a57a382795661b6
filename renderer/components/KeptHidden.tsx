import type { ReactNode } from 'react';

/**
 * Work kept mounted while something else is on screen (a list under the start screen, the open list
 * under one loading): hidden and inert when `hidden`, otherwise no box of its own (display: contents),
 * so coming back finds its filter, selection and scroll as they were.
 */
export function KeptHidden({ hidden, children }: { hidden: boolean; children: ReactNode }) {
  return (
    <div className="app-main__work" hidden={hidden} inert={hidden} style={{ display: hidden ? 'none' : 'contents' }}>
      {children}
    </div>
  );
}
