import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { readableDn } from '../pki/certificate/readable-dn';
import { buildChainPath, type ChainLink, type ChainOptions, type ChainPath } from '../pki/chain/build-chain-path';
import { makeFinding } from './make-finding';
import { isChainFailure, pathFailureFinding } from './path-failure-findings';

type ChainFacts = ChainPath;

/** Where to obtain a missing issuer, by a pattern on its DN. No URL is ever fetched; the advice names the page. */
const WHERE_TO_GET: readonly { readonly pattern: RegExp; readonly text: LocalizedText }[] = [
  {
    pattern: /NII Open Domain CA/i,
    text: {
      ja: 'NII の「UPKI 電子証明書発行サービス」サイトの「証明書リポジトリ」（中間 CA 証明書）から入手できます。',
      en: 'It is published on the "Certificate repository" (intermediate CA certificates) page of NII\'s UPKI certificate service site.',
    },
  },
  {
    pattern: /SECOM|Security Communication/i,
    text: {
      ja: 'セコムトラストシステムズの「リポジトリ」ページ（ルート証明書・クロス証明書）から入手できます。',
      en: 'It is published on the "Repository" page (root and cross certificates) of SECOM Trust Systems.',
    },
  },
];

/** Advice on where to get an issuer certificate, or a generic sentence for an unknown CA. */
function whereToGet(issuerDn: string): LocalizedText {
  return (
    WHERE_TO_GET.find((entry) => entry.pattern.test(issuerDn))?.text ?? {
      ja: '発行元 CA のリポジトリから中間 CA 証明書を入手してください。',
      en: "Get the intermediate CA certificate from the issuing CA's repository.",
    }
  );
}

/** The CN (else OU, else the whole DN) of an RFC 4514 DN, as people read it (escapes dropped: readableDn). */
const cn = (dn: string): string => readableDn(/CN=((?:\\.|[^,])*)/.exec(dn)?.[1] ?? /OU=((?:\\.|[^,])*)/.exec(dn)?.[1] ?? dn);

const CHAIN_FILE_ADVICE = {
  ja: 'このアプリで書き出せる中間証明書ファイル（<FQDN>.chain.crt）を Apache 2.4.7 以前では「SSLCertificateChainFile /etc/pki/tls/certs/<FQDN>.chain.crt」で、nginx や Apache 2.4.8 以降では証明書と中間証明書をつないだ <FQDN>.fullchain.crt を ssl_certificate / SSLCertificateFile に指定してください。',
  en: 'Export the intermediate file (<FQDN>.chain.crt) from this app and set "SSLCertificateChainFile /etc/pki/tls/certs/<FQDN>.chain.crt" on Apache 2.4.7 and older; on nginx or Apache 2.4.8+, point ssl_certificate / SSLCertificateFile at <FQDN>.fullchain.crt (certificate followed by intermediates).',
};

/** Stray certificates of a server file named one finding each; more are counted in one finding. */
const MAX_UNRELATED_LISTED = 3;

function missingFromServer(facts: ChainFacts): ChainLink[] {
  if (!facts.presented) return [];
  const shas = new Set(facts.presented.map((p) => p.sha256));
  return facts.links.filter((link) => link.role === 'intermediate' && !shas.has(link.summary.sha256));
}

function orderFindings(facts: ChainFacts): Finding[] {
  if (!facts.presented || facts.presented.length === 0) return [];
  const findings: Finding[] = [];
  const position = new Map(facts.links.map((link, index) => [link.summary.sha256, index]));
  const positions = facts.presented.map((p) => position.get(p.sha256)).filter((index): index is number => index !== undefined);
  const leafLate = facts.presented.findIndex((p) => p.sha256 === facts.links[0]?.summary.sha256) > 0;
  if (leafLate || positions.some((value, index) => index > 0 && value < positions[index - 1]!)) {
    findings.push(
      makeFinding(
        'wrong-order',
        leafLate ? 'error' : 'warning',
        {
          ja: 'サーバのファイルの証明書の順番が違います。サーバ証明書、その発行元の中間証明書…の順に並べる必要があります。',
          en: "The certificates in the server's file are out of order. They must run from the server certificate to the intermediate that issued it, and so on up.",
        },
        {
          ja: 'このアプリで <FQDN>.fullchain.crt（サーバ証明書→中間証明書の順）を書き出して差し替えてください。順番が違うと nginx は「key values mismatch」で起動できないことがあります。',
          en: 'Export <FQDN>.fullchain.crt (server certificate, then intermediates) from this app and use it instead. In the wrong order nginx may refuse to start with "key values mismatch".',
        },
      ),
    );
  }
  const root = facts.presented.find((p) => p.selfIssued);
  if (root) {
    findings.push(
      makeFinding(
        'unneeded-root',
        'warning',
        { ja: `サーバのファイルにルート証明書（${cn(root.subjectDn)}）が含まれています。`, en: `The server's file includes the root certificate (${cn(root.subjectDn)}).` },
        {
          ja: 'ルート証明書はブラウザ側が持っているため、サーバから送る必要はありません（通信量が増えるだけです）。ファイルから取り除いてください。',
          en: 'Clients already hold the root, so the server need not send it (it only adds bytes). Remove it from the file.',
        },
      ),
    );
  }
  const inChain = new Set(facts.links.map((link) => link.summary.sha256));
  const unrelated = facts.presented.filter((entry) => !inChain.has(entry.sha256) && !entry.selfIssued);
  const advice = { ja: '古い中間証明書が残っていないか確認し、不要な証明書を取り除いてください。', en: 'Check for a leftover old intermediate and remove certificates that are not needed.' };
  // One finding per stray certificate reads best for a few; a file of many (a bundle of leaves) gets one
  // finding that counts them, or every certificate's report would list every other one (n² findings).
  if (unrelated.length > MAX_UNRELATED_LISTED) {
    const names = unrelated.slice(0, MAX_UNRELATED_LISTED).map((p) => cn(p.subjectDn));
    const more = unrelated.length - MAX_UNRELATED_LISTED;
    findings.push(
      makeFinding(
        'unrelated-certificate',
        'warning',
        {
          ja: `サーバのファイルに、この証明書の発行経路と関係のない証明書が ${unrelated.length} 枚含まれています（${names.join('、')} ほか ${more} 枚）。`,
          en: `The server's file holds ${unrelated.length} certificates that are not on this certificate's path (${names.join(', ')} and ${more} more).`,
        },
        advice,
      ),
    );
    return findings;
  }
  for (const p of unrelated) {
    findings.push(
      makeFinding(
        'unrelated-certificate',
        'warning',
        { ja: `サーバのファイルに、この証明書の発行経路と関係のない証明書（${cn(p.subjectDn)}）が含まれています。`, en: `The server's file holds a certificate that is not on this certificate's path (${cn(p.subjectDn)}).` },
        advice,
      ),
    );
  }
  return findings;
}

/** One finding per path failure that the chain reports (the leaf's own dates, key and EKU are the validity checks' to report). */
function failureFindings(facts: ChainFacts): Finding[] {
  return facts.failures.filter(isChainFailure).map((failure) => {
    const link = facts.links[failure.index];
    return pathFailureFinding(failure, { role: link?.role ?? 'intermediate', notBefore: link?.summary.notBefore ?? 0, notAfter: link?.summary.notAfter ?? 0 });
  });
}

/** `chain-unreadable` when the leaf could not be decoded at all. */
function unreadableLeaf(): Finding[] {
  return [
    makeFinding(
      'chain-unreadable',
      'error',
      { ja: '証明書を読めないため、チェーンを組み立てられません。', en: 'The certificate could not be read, so no chain could be built.' },
      { ja: 'TSV から証明書を書き出し直してください。', en: 'Export the certificate from the TSV again.' },
    ),
  ];
}

/**
 * Every finding of a built and validated chain: completeness, each validation failure (with the
 * certificate it concerns), server-file order and content. With `issuerMayBeAbsent` (a client or
 * code-signing certificate, whose issuing CA the app does not bundle), a missing issuer is said as
 * what it is, a chain not checked, and not as a broken chain.
 */
export function chainFindings(facts: ChainFacts, options: { readonly issuerMayBeAbsent?: boolean } = {}): Finding[] {
  if (!facts.leafReadable) return unreadableLeaf();
  const findings: Finding[] = [];
  const missing = missingFromServer(facts);
  if (facts.leafSelfIssued) {
    findings.push(
      makeFinding(
        'self-signed',
        'error',
        { ja: 'この証明書は自己署名で、UPKI から発行されたものではありません。', en: 'This certificate is self-signed; it was not issued through UPKI.' },
        { ja: 'UPKI で発行された証明書をサーバに設定してください。', en: 'Install the certificate issued through UPKI on the server.' },
      ),
    );
  } else if (facts.missingIssuer !== null && options.issuerMayBeAbsent) {
    findings.push(
      makeFinding('incomplete-chain', 'info', {
        ja: `発行元の証明書「${readableDn(facts.missingIssuer)}」がこのアプリにないため、チェーンは確認していません。`,
        en: `The chain was not checked: the issuer certificate "${readableDn(facts.missingIssuer)}" is not available to this app.`,
      }),
    );
  } else if (facts.missingIssuer !== null) {
    const where = whereToGet(facts.missingIssuer);
    findings.push(
      makeFinding(
        'incomplete-chain',
        'error',
        { ja: `発行元の証明書「${readableDn(facts.missingIssuer)}」が見つからないため、チェーンが途切れています。`, en: `The chain stops: the issuer certificate "${readableDn(facts.missingIssuer)}" was not found.` },
        { ja: `${where.ja}入手したファイルを読み込むと、チェーンを書き出せます。`, en: `${where.en} Load it to export the chain.` },
        undefined,
        'add-ca-file',
      ),
    );
  } else if (missing.length > 0) {
    const names = missing.map((link) => cn(link.summary.subjectDn)).join(', ');
    findings.push(
      makeFinding(
        'incomplete-chain',
        'error',
        { ja: `サーバのファイルに中間証明書（${names}）が含まれていません。一部のブラウザや端末で接続エラーになります。`, en: `The server's file lacks the intermediate certificate (${names}). Some browsers and devices will fail to connect.` },
        { ja: `${whereToGet(missing[0]!.summary.subjectDn).ja}${CHAIN_FILE_ADVICE.ja}`, en: `${whereToGet(missing[0]!.summary.subjectDn).en} ${CHAIN_FILE_ADVICE.en}` },
      ),
    );
  } else if (facts.complete && !facts.failures.some(isChainFailure)) {
    const path = facts.links.map((link) => cn(link.summary.subjectDn)).join(' → ');
    findings.push(
      makeFinding('chain-complete', 'ok', {
        ja: `チェーンは信頼できるルートまでつながり、署名・CA の制約・有効期間の検証にすべて合格しました: ${path}`,
        en: `The chain reaches a trusted root and passes every check of signatures, CA constraints and validity: ${path}`,
      }),
    );
  }
  return [...findings, ...failureFindings(facts), ...orderFindings(facts)];
}

/** A built chain with its findings. */
export type ChainCheck = ChainPath & { readonly findings: Finding[] };

/** Builds the chain of a leaf offline (shared/pki's buildChainPath) and says what it found. Never throws. */
export async function checkChain(leafDer: Uint8Array, options: ChainOptions): Promise<ChainCheck> {
  const path = await buildChainPath(leafDer, options);
  return { ...path, findings: chainFindings(path, { issuerMayBeAbsent: options.profile === 'end-entity' }) };
}

export type { ChainLink };
