import type { CertificateRecord } from '../model/certificate-record';
import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { formatJst } from '../time/japan-time';
import { makeFinding } from './make-finding';

/** What the row-state findings need besides the record: the CA API error codes (columns 22 and 41, as written) and the instant to judge at. */
export interface RowStateInput {
  readonly record: CertificateRecord;
  /** 発行・更新申請-認証局連携APIエラーコード, "" when empty. */
  readonly caApiErrorCode: string;
  /** 失効申請-認証局連携APIエラーコード, "" when empty. */
  readonly revocationCaApiErrorCode: string;
  /** Epoch ms. */
  readonly now: number;
}

// NII's labels of the error states and what each means (docs/list-format.md, "状態 (status)").
const ERROR_STATES: Readonly<Record<number, { label: string; meaning: LocalizedText }>> = {
  [-1]: { label: 'フォーマットエラー', meaning: { ja: '申請の内容が形式どおりでなかったため、処理されませんでした。', en: 'The request was malformed and was not processed.' } },
  [-2]: { label: '認証局連携API処理エラー', meaning: { ja: '認証局（CA）との連携処理でエラーが起き、証明書は発行されていません。', en: 'The CA interface failed; no certificate was issued.' } },
  [-3]: { label: '支援システム実行エラー', meaning: { ja: 'NII の証明書発行支援システムでエラーが起き、処理が終わっていません。', en: "NII's certificate issuing system failed; the request did not complete." } },
};

// 状態 codes of a request still on its way (docs/list-format.md): 0 issuing, 1 renewing, 3 issuance mail pending, 9 completion mail pending.
const PENDING_STATES: Readonly<Record<number, { label: string; meaning: LocalizedText }>> = {
  0: { label: '証明書発行処理中', meaning: { ja: '証明書の発行を NII が処理しています。', en: 'NII is issuing the certificate.' } },
  1: { label: '証明書更新処理中', meaning: { ja: '更新の証明書を NII が処理しています。', en: 'NII is issuing the renewal.' } },
  3: { label: '発行案内メール送信待ち', meaning: { ja: '証明書は発行され、利用管理者への発行案内メールの送信を待っています。', en: "The certificate is issued; the mail to the administrator has not been sent yet." } },
  9: { label: '発行・更新完了メール送信待ち', meaning: { ja: '発行・更新は終わり、完了メールの送信を待っています。', en: 'Issuing is done; the completion mail has not been sent yet.' } },
};

/** 状態 4 発行案内メール送信済み: the administrator was mailed a download link (docs/nii-procedure.md). */
const MAIL_SENT_STATUS = 4;

/** The error state's finding: NII's label, the API error code when there is one, what it means and what to do. */
function errorFinding(status: number, input: RowStateInput): Finding | null {
  const state = ERROR_STATES[status];
  if (!state) return null;
  const code = input.record.revocation ? input.revocationCaApiErrorCode || input.caApiErrorCode : input.caApiErrorCode || input.revocationCaApiErrorCode;
  const withCode = code ? { ja: `（エラーコード ${code}）`, en: ` (error code ${code})` } : { ja: '', en: '' };
  return makeFinding(
    'status-error',
    'error',
    { ja: `状態 ${status}「${state.label}」${withCode.ja}: ${state.meaning.ja}`, en: `状態 ${status} ${state.label}${withCode.en}: ${state.meaning.en}` },
    {
      ja: `この申請（申請ID ${input.record.applicationId}）の証明書はありません。${code ? 'エラーコードを添えて' : ''} NII の証明書発行支援システムの窓口に問い合わせるか、申請をやり直してください。`,
      en: `This request (application ID ${input.record.applicationId}) has no certificate. Ask NII's certificate support${code ? ', quoting the error code,' : ''} or submit the request again.`,
    },
  );
}

/** The pending state's finding: what the state means and that there is nothing to send yet. */
function pendingFinding(status: number, record: CertificateRecord): Finding | null {
  const state = PENDING_STATES[status];
  if (!state || record.certificate) return null;
  return makeFinding(
    'status-pending',
    'info',
    { ja: `状態 ${status}「${state.label}」: ${state.meaning.ja}`, en: `状態 ${status} ${state.label}: ${state.meaning.en}` },
    {
      ja: 'この行にはまだ送れる証明書がありません。処理が終わったあとの一覧を NII からダウンロードし直してください。',
      en: 'This row has no certificate to send yet. Download the list from NII again once processing is done.',
    },
  );
}

/** 状態 4 with URL期限: the administrator's download link is open until …, or expired on … (then this app is how the certificate reaches them). */
function downloadLinkFinding(record: CertificateRecord, now: number): Finding | null {
  if (record.status !== MAIL_SENT_STATUS || record.urlExpiresAt === null) return null;
  const until = formatJst(record.urlExpiresAt);
  if (now <= record.urlExpiresAt) {
    return makeFinding('download-link-open', 'info', {
      ja: `利用管理者のダウンロード用 URL は ${until} (JST) まで有効です（状態 4 発行案内メール送信済み）。`,
      en: `The administrator's download link works until ${until} (JST) (状態 4, issuance mail sent).`,
    });
  }
  return makeFinding(
    'download-link-expired',
    'warning',
    { ja: `利用管理者のダウンロード用 URL は ${until} (JST) に期限が切れています。`, en: `The administrator's download link expired on ${until} (JST).` },
    record.certificate
      ? { ja: 'この証明書を書き出して、利用管理者に送ってください。', en: 'Export this certificate and send it to the administrator.' }
      : {
          ja: 'この一覧には証明書がまだ載っていません。証明書の載った一覧を NII からダウンロードし直して、書き出して送ってください。',
          en: 'This list does not carry the certificate yet. Download the list from NII again, then export the certificate and send it.',
        },
  );
}

/**
 * What the row's 状態 and URL期限 say beyond its certificate: an error state (−1…−3) with its API
 * error code, what it means and the next step; a pending state and what it means; 状態 4 and the
 * administrator's download link (open until …, or expired on …: export this certificate and send it).
 */
export function rowStateFindings(input: RowStateInput): Finding[] {
  const status = input.record.status;
  if (status === null) return [];
  return [errorFinding(status, input), pendingFinding(status, input.record), downloadLinkFinding(input.record, input.now)].filter(
    (finding): finding is Finding => finding !== null,
  );
}
