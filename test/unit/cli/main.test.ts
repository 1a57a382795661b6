import { beforeAll, describe } from 'vitest';
import { bundleSuite } from './bundle.suite';
import { buildCli } from './cli-runner';
import { exportChainSuite } from './commands/export-chain.suite';
import { exportSuite } from './commands/export.suite';
import { inspectDiagnosticsSuite } from './commands/inspect-diagnostics.suite';
import { inspectReportSuite } from './commands/inspect-report.suite';
import { hostileOutputSuite } from './commands/hostile-output.suite';
import { inspectSuite } from './commands/inspect.suite';
import { keySuite } from './commands/key.suite';
import { listSuite } from './commands/list.suite';
import { requestSuite } from './commands/request.suite';
import { showSuite } from './commands/show.suite';
import { fixturesSuite } from './fixtures.suite';
import { hostileInputSuite } from './commands/hostile-input.suite';
import type { GeneratedList } from './list-file';
import { programSuite } from './program.suite';
import { writeStandardList } from './standard-list';

// One test file spawns the built CLI: every suite shares a single esbuild build, so no two test
// workers ever rewrite dist/cli/upki-tsv.mjs while another one runs it.
let list: GeneratedList | null = null;
const standardList = (): GeneratedList => {
  if (!list) throw new Error('the standard list was not written');
  return list;
};

beforeAll(async () => {
  buildCli();
  list = await writeStandardList();
});

describe('upki-tsv (node bin/upki-tsv.mjs)', () => {
  programSuite();
  bundleSuite();
  listSuite(standardList);
  showSuite(standardList);
  exportSuite(standardList);
  inspectSuite();
  inspectDiagnosticsSuite();
  inspectReportSuite();
  keySuite();
  exportChainSuite();
  fixturesSuite();
  hostileOutputSuite();
  hostileInputSuite();
  requestSuite();
});
