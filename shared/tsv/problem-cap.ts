import type { Problem, ProblemCode } from '../model/problem';
import { sourceLocation } from '../model/location';

/**
 * Problems of one code kept in full per list. A hostile or broken file can have a problem on every
 * row (two million "too few columns"); keeping each one would cost more memory than the rows
 * themselves and flood every screen. Past this many, the rest are only counted.
 */
export const PROBLEMS_KEPT_PER_CODE = 1_000;

/** How many problems of one code were counted but not kept, and the line of the first of them. */
interface Omitted {
  count: number;
  firstLine: number | null;
  severity: Problem['severity'];
}

/**
 * Bounds the problems a list keeps: trim() drops, in place, the problems added since its last call
 * beyond PROBLEMS_KEPT_PER_CODE of their code, counting them; summaries() then says, once per code,
 * how many more there were and from which line. Each problem is looked at once, so trimming after
 * every row is linear in the rows.
 */
export class ProblemCap {
  private readonly kept = new Map<ProblemCode, number>();
  private readonly omitted = new Map<ProblemCode, Omitted>();
  private checked = 0;

  constructor(private readonly problems: Problem[]) {}

  /** Drops the problems past the cap among those added since the last call. */
  trim(): void {
    const problems = this.problems;
    let write = this.checked;
    for (let read = this.checked; read < problems.length; read++) {
      const problem = problems[read]!;
      const count = this.kept.get(problem.code) ?? 0;
      if (count < PROBLEMS_KEPT_PER_CODE) {
        this.kept.set(problem.code, count + 1);
        problems[write++] = problem;
        continue;
      }
      const omitted = this.omitted.get(problem.code);
      if (omitted) {
        omitted.count++;
        if (problem.severity === 'error') omitted.severity = 'error';
      } else {
        this.omitted.set(problem.code, { count: 1, firstLine: problem.location.line, severity: problem.severity });
      }
    }
    problems.length = write;
    this.checked = write;
  }

  /** One `problems-omitted` problem per code that went over the cap, at the line of its first omitted problem. */
  summaries(fileName: string): Problem[] {
    return [...this.omitted].map(([code, omitted]) => ({
      code: 'problems-omitted',
      severity: omitted.severity,
      location: sourceLocation({ file: fileName, line: omitted.firstLine }),
      message: {
        ja: `同じ問題（${code}）がこの行以降にさらに ${omitted.count.toLocaleString('en-US')} 件あります。最初の ${PROBLEMS_KEPT_PER_CODE.toLocaleString('en-US')} 件だけを一件ずつ示しています`,
        en: `${omitted.count.toLocaleString('en-US')} more problems of the same kind (${code}) from this line on are not listed one by one; the first ${PROBLEMS_KEPT_PER_CODE.toLocaleString('en-US')} are`,
      },
    }));
  }
}
