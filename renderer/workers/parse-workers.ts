/** The most workers one list's parse uses: past this, more threads gain little on a list of 50,000 rows. */
const MAX_PARSE_WORKERS = 4;

/**
 * How many workers parse a list (the one that keeps it, and helpers that summarise its certificates):
 * `?parseWorkers=N` in the page's address when given (the benchmark compares 1, 2 and the default),
 * else one per core but one, left to the window (`cores` being navigator.hardwareConcurrency): on two
 * cores a helper measured no faster, the window's drawing and the compositor taking the second core.
 * At least 1, at most MAX_PARSE_WORKERS.
 */
export function parseWorkerCount(search: string, cores: number | undefined): number {
  const asked = Number(new URLSearchParams(search).get('parseWorkers'));
  const wanted = Number.isInteger(asked) && asked >= 1 ? asked : (cores ?? 1) - 1;
  return Math.max(1, Math.min(MAX_PARSE_WORKERS, wanted));
}
