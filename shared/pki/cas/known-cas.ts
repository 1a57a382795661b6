import type { LocalizedText } from '../../model/localized-text';

/**
 * What the app knows about NII/SECOM CAs by name, for advice: where a missing intermediate is
 * published, and which intermediates were retired. Sources: ../shared/upki-tsv-format.md
 * ("Certificate authorities"), NII's UPKI FAQ. No URL is ever fetched; the advice names the page.
 */

/** Where to obtain a missing issuer, by a pattern on its DN. */
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
export function whereToGet(issuerDn: string): LocalizedText {
  return (
    WHERE_TO_GET.find((entry) => entry.pattern.test(issuerDn))?.text ?? {
      ja: '発行元 CA のリポジトリから中間 CA 証明書を入手し、「CA ファイルを追加」で読み込んでください。',
      en: "Get the intermediate CA certificate from the issuing CA's repository and load it with \"Add CA file\".",
    }
  );
}

/**
 * Intermediates known to be retired: NII Open Domain CA - G4 and the generations before it. NII
 * revoked the old server intermediates early, on 2021-04-27 (format notes, "Certificate authorities").
 */
const RETIRED = /CN=NII Open Domain CA(?: - G[1-4])?(?:,|$)/i;

/** True when the DN names a retired NII intermediate. */
export function isRetiredIntermediate(subjectDn: string): boolean {
  return RETIRED.test(subjectDn);
}

/** The date NII revoked the old server intermediates, for messages. */
export const RETIRED_ON = '2021/04/27';
