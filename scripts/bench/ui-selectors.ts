/**
 * The app's selectors the browser benchmark watches, copied from the end-to-end page objects
 * (test/e2e/pages/app-page.ts, list-page.ts, loading-page.ts, progressive-load.spec.ts) as CSS
 * strings, since the benchmark checks them inside the page. Lists of alternatives keep the detection
 * working across loading views (a modal view with a progress bar, or a bar over rows that appear while
 * the file still loads). While a list loads over an open one there are two list screens, one hidden,
 * so the page code always takes the visible element of a selector.
 */
export interface UiSelectors {
  /** The root element; its data-app-state is start | loading | ready | error. */
  readonly app: string;
  /** Anything that says a load is under way: the loading view, a progress bar. */
  readonly progress: string;
  /** The grid's data rows (the header row has no data-index). */
  readonly rows: string;
  /** The grid's scrolling element (the rowgroup around the rows). */
  readonly scroller: string;
  /** The "表示 n / 全 N 件" count; data-settled="true" once the rows shown answer the query as typed. */
  readonly count: string;
  /** The filter box. */
  readonly filter: string;
  /** The error screen's or a notice's text when a file is refused. */
  readonly failure: string;
}

export const UI: UiSelectors = {
  app: '.app[data-app-state]',
  progress: '[data-testid="loading"], .loading-banner, [role="progressbar"]',
  rows: '[role="grid"] [role="row"][data-index]',
  scroller: '[role="grid"] [role="rowgroup"], [role="grid"] .grid__scroll',
  count: '[data-testid="filter-count"]',
  filter: '[data-testid="filter-input"], #filter-input',
  failure: '[role="alert"], [data-testid="notice"]',
};

/** The start screen's 「TSVを開く」 button (or its English label), which opens the browser's file chooser. */
export const OPEN_LIST_BUTTON = /^(TSVを開く|Open TSV)…?$/;
