/**
 * Measures the path validator on OpenSSL's own `openssl verify` recipe (test/recipes/25-test_verify.t
 * with the certificates of test/certs, from an OpenSSL source tree such as Debian's `apt-get source
 * openssl`; nothing of it is committed). Every case the CLI can state is run the way `inspect`
 * runs: `-trusted` files as --ca files (a self-signed one is a trust anchor, any other an untrusted
 * intermediate: the app's contract), `-untrusted` files as the server's file. A case can be
 * stated when its purpose is `sslserver` (the server profile) or none (a CA-style check of the
 * certificate alone) and it has no other option but `-attime`. Prints pass/fail counts.
 *
 *   npx tsx scripts/openssl-verify.ts /path/to/openssl-3.x [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildChainPath } from '../shared/pki/chain/build-chain-path';
import { readCertificatesLeniently } from '../shared/diagnostics/pem-doctor';

interface RecipeCase {
  readonly line: number;
  readonly expectSuccess: boolean;
  readonly leaf: string;
  readonly purpose: string;
  readonly trusted: readonly string[];
  readonly untrusted: readonly string[];
  readonly options: readonly string[];
  readonly description: string;
}

/** A Perl list as the recipe writes it: [qw(a b)], ["a", "b"] or []. */
function perlList(text: string): string[] {
  const qw = /^\[\s*qw\(([^)]*)\)\s*\]$/.exec(text.trim());
  if (qw) return qw[1]!.split(/\s+/).filter(Boolean);
  return [...text.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
}

/** The recipe's `ok(verify(...), "...")` and `ok(!verify(...), "...")` calls. */
function readRecipe(recipe: string): RecipeCase[] {
  const cases: RecipeCase[] = [];
  const call = /ok\((!?)verify\(\s*"([^"]+)",\s*"([^"]*)",\s*(\[[^\]]*\]),\s*(\[[^\]]*\])((?:,\s*[^)]*?)?)\),\s*"([^"]*)"\s*\);/gs;
  for (const match of recipe.matchAll(call)) {
    const options = [...(match[6] ?? '').matchAll(/"([^"]*)"|(\$\w+)/g)].map((option) => option[1] ?? option[2]!);
    cases.push({
      line: recipe.slice(0, match.index).split('\n').length,
      expectSuccess: match[1] !== '!',
      leaf: match[2]!,
      purpose: match[3]!,
      trusted: perlList(match[4]!),
      untrusted: perlList(match[5]!),
      options,
      description: match[7]!,
    });
  }
  return cases;
}

function isExpressible(testCase: RecipeCase): boolean {
  const optionsLeft = testCase.options.filter((option, index) => option !== '-attime' && testCase.options[index - 1] !== '-attime');
  return (testCase.purpose === 'sslserver' || testCase.purpose === '') && optionsLeft.length === 0;
}

/** Every certificate of a file, read as `--ca` files are read by the CLI. */
async function certificatesOf(file: string): Promise<Uint8Array[]> {
  return (await readCertificatesLeniently(file, new Uint8Array(readFileSync(file)))).certificates.map((certificate) => certificate.der);
}

const [tree, flag] = process.argv.slice(2);
if (!tree) {
  console.error('usage: npx tsx scripts/openssl-verify.ts /path/to/openssl-source [--verbose]');
  process.exit(2);
}
const certs = (name: string) => certificatesOf(join(tree, 'test', 'certs', `${name}.pem`));
const certsOf = async (names: readonly string[]) => (await Promise.all(names.map(certs))).flat();
const all = readRecipe(readFileSync(join(tree, 'test', 'recipes', '25-test_verify.t'), 'utf8'));
const cases = all.filter(isExpressible);
let passed = 0;
const failed: string[] = [];
for (const testCase of cases) {
  const [leaf] = await certs(testCase.leaf);
  const at = testCase.options[testCase.options.indexOf('-attime') + 1];
  let accepted = false;
  if (leaf) {
    const result = await buildChainPath(leaf, {
      now: testCase.options.includes('-attime') ? Number(at) * 1000 : Date.now(),
      extraCas: await certsOf(testCase.trusted),
      presented: [leaf, ...(await certsOf(testCase.untrusted))],
      profile: testCase.purpose === 'sslserver' ? 'server' : 'ca',
    });
    accepted = result.valid;
  }
  if (accepted === testCase.expectSuccess) passed++;
  else failed.push(`line ${testCase.line}: ${testCase.description} (expected ${testCase.expectSuccess ? 'accept' : 'refuse'}, ${accepted ? 'accepted' : 'refused'}: ${testCase.leaf} / trusted ${testCase.trusted.join(' ')} / untrusted ${testCase.untrusted.join(' ')})`);
}
console.log(`OpenSSL verify recipe: ${passed} of ${cases.length} expressible cases (${all.length} in all)`);
if (flag === '--verbose') for (const line of failed) console.log(`  ${line}`);
