/**
 * Japanese texts of the command line: help, errors, prompts and report wording. Japanese is the
 * default. `{name}` placeholders are filled by `formatMessage`; en.ts must have the same keys and
 * placeholders (test/unit/cli/i18n checks both). Texts that end a line get their newline from the code.
 */
export const ja = {
  // Help (cli/help.ts).
  'help.programUsage': '使い方: {program} コマンド FILE… [オプション]',
  'help.programSummary': 'UPKI の証明書一覧 (serverAll.tsv) と証明書ファイルを、ネットワークを使わずに読みます。',
  'help.commands': 'コマンド:',
  'help.commonOptions': '共通オプション:',
  'help.exitStatus': '終了コード: 0 成功、1 入力を使えない・処理に失敗、2 使い方の誤り',
  'help.commandHelp': '各コマンドの説明: {program} COMMAND --help',
  'help.commandUsage': '使い方: {program} {command} {usage}',
  'help.options': 'オプション:',
  'help.examples': '例:',

  // Options every command takes (cli/command.ts, cli/help.ts).
  'option.lang': 'メッセージの言語（既定: ロケールから。ロケール未設定なら日本語）',
  'option.now': 'この日時で有効期限を判定する（例: 2026-04-01、タイムゾーン省略時は日本時間）',
  'option.help': 'このヘルプを表示',
  'option.version': 'バージョンを表示',
  'option.json': 'JSON で出力',
  'option.showSecrets': 'アクセスPIN を隠さずに出力',

  // The program and its arguments (cli/run.ts, cli/parse-args.ts, cli/main.ts).
  'run.usageHint': '使い方は {help} で確認できます。',
  'run.internalError': '内部エラー: {detail}',
  'run.noCommand': 'コマンドを指定してください',
  'run.unknownCommand': '不明なコマンドです: {command}（{commands}）',
  'run.langInvalid': '--lang は ja か en です: {value}',
  'run.nowUnreadable': '--now の日時を読めません: {value}',
  'usage.unknownOption': '不明なオプションです: {option}',
  'usage.optionTakesNoValue': '{option} は値を取りません',
  'usage.optionValueLooksLikeOption': '{option} の値が - で始まっています。{option}=値 の形で指定してください',
  'usage.optionNeedsValue': '{option} には値が必要です',
  'usage.unreadableArguments': '引数を解釈できません: {message}',
  'usage.missingArgument': '{name} を指定してください',
  'usage.extraArgument': '余分な引数があります: {argument}',

  // Files (cli/files-or-exit.ts, cli/load-list.ts, cli/ca-files.ts, cli/crl-input.ts).
  'file.notFound': 'ファイルが見つかりません: {file}',
  'file.permissionDenied': 'ファイルを読む権限がありません: {file}',
  'file.isFolder': 'フォルダーです（ファイルを指定してください）: {file}',
  'file.notRegular': '通常のファイルではありません（デバイスやパイプなど）: {file}',
  'file.tooLarge': 'ファイルが大きすぎます（{size} MB、上限 {limit} MB）: {file}',
  'file.readFailed': 'ファイルを読めません: {file} ({errno})',
  'file.notAFolder': '書き出し先のフォルダーを用意できません: {file}',
  'file.exists': 'ファイルが既にあります（上書きするには --force を付けてください）: {file}',
  'file.writeFailed': 'ファイルを書き込めません: {file} ({errno})',
  'file.leavesFolder': '書き出し先がフォルダーの外を指しています: {name}',
  'file.problem': '{file}: {message} [{code}]',
  'ca.noCertificate': '--ca のファイルに証明書がありません: {file} [{code}]',
  'crl.unreadable': '--crl のファイルを CRL として読めません: {file} [{code}]',

  // Labels shared by the reports.
  'field.state': '状況',
  'field.status': '状態',
  'field.serialNumber': 'シリアル番号',
  'field.validity': '有効期間 (JST)',
  'field.period': '{from} 〜 {to}',
  'field.applicationId': '申請ID',
  'severity.error': 'エラー',
  'severity.warning': '警告',
  'severity.info': '情報',
  'severity.ok': 'OK',

  // upki-tsv list (cli/commands/list.ts).
  'list.summary': '証明書一覧の行を表示します（絞り込み・状態指定可）',
  'list.option.filter': 'FQDN・CN・SAN・主体者/発行者DN・申請ID・シリアル番号・利用管理者の氏名/所属/mail・ソフトウェア・その他送信先・失効理由コメントで絞り込む（部分一致。全角/半角・大文字/小文字・髙/高などの異体字は区別しない）',
  'list.name': 'FQDN / 名前',
  'list.option.csv': '表示する証明書を Excel で開ける CSV（UTF-8 BOM 付き、PIN は伏せ字）に書き出す。--group-by admin なら利用管理者ごとに並べる（既存のファイルは上書きしない）',
  'list.csvWritten': '{file} に {count} 行の CSV を書き出しました',
  'list.option.expiresFrom': '有効期限がこの日時（JST）以降のものだけを表示（例: 2027-04-01）',
  'list.option.expiresTo': '有効期限がこの日（JST、その日の終わりまで）以前のものだけを表示',
  'list.option.issuer': '発行者 DN にこの文字列を含むもの（中間 CA ごと、例: "G8 RSA"）だけを表示',
  'list.dateInvalid': '{option} の日付を読めません: {value}（例: 2027-03-31）',
  'list.option.groupBy': '利用管理者（mail）ごとにまとめて表示（期限の近い順）',
  'list.option.mailText': '--group-by admin と一緒に: 表の代わりに、利用管理者ごとの更新依頼メールの文面を表示',
  'list.unknownGroupBy': '--group-by に使えない値です: {value}（admin のみ）',
  'list.noAdmin': '利用管理者mail なし',
  'list.option.replacedNotRevoked': '更新済みで旧証明書がまだ失効していないもの（有効なまま置き換えられた証明書と状態 8）だけを表示',
  'list.option.ics': '表示する証明書の期限を iCalendar ファイルに書き出す（1 証明書 1 予定、--within 日前に通知。既存のファイルは上書きしない）',
  'list.icsWritten': '{file} に {count} 件の期限の予定を書き出しました',
  'list.option.status': '状況で絞り込む: {filters}（カンマ区切り可。valid は期限間近を含む）',
  'list.option.current': 'FQDN ごとの現行証明書（状態にかかわらず最新の証明書）だけを表示',
  'option.within': '有効期限まで DAYS 日以内を「期限間近」とする（既定 {days}）',
  'option.withinInvalid': '--within には 0 以上の日数を指定してください: {value}',
  'list.unknownStatus': '--status に使えない値です: {value}（{filters}）',
  'list.validUntil': '有効期限 (JST)',
  'list.daysAgo': '{date}（{days} 日前）',
  'list.daysLeft': '{date}（残り {days} 日）',
  'list.count': '{shown} 件（全 {total} 件）',

  // upki-tsv show (cli/commands/show.ts).
  'show.summary': '1 行の確認結果、全項目と証明書の内容（PEM 付き）を表示します',
  'show.option.id': '申請ID で行を選ぶ',
  'show.option.serial': 'シリアル番号で選ぶ（10進、0x16進、コロン区切り16進）',
  'show.selectorNeeded': '--id か --serial のどちらか一方を指定してください',
  'show.notASerial': 'シリアル番号として読めません: {serial}',
  'show.noMatch': '該当する行がありません: {wanted}',
  'show.severalMatches': '{count} 行が該当しました（{lines} 行目）。最初の行を表示します。',
  'show.heading': '== {file} {line} 行目 ==',
  'show.daysLeft': '（残り {days} 日）',
  'show.daysAgo': '（{days} 日前）',
  'show.findingsHeading': '== 確認結果 ==',
  'show.noProblems': '問題は見つかりませんでした。',
  'show.columnsHeading': '== TSV の列 ==',
  'show.certificateHeading': '== 証明書 ==',
  'show.noCertificate': '（この行に読める証明書はありません）',
  'show.subject': '主体者',
  'show.issuer': '発行者',
  'show.publicKey': '公開鍵',
  'show.signatureAlgorithm': '署名アルゴリズム',
  'show.extensions': '拡張',
  'show.critical': '（重要）',

  // upki-tsv export (cli/commands/export.ts, cli/commands/export-chain.ts).
  'export.summary': '証明書をファイルに書き出します（FQDN 指定なら現行の証明書）。中間証明書のファイルも書き出せます',
  'export.option.fqdn': 'この FQDN の現行証明書（失効・失効申請中を除く最新）を書き出す',
  'export.option.id': 'この申請ID の行の証明書を書き出す',
  'export.option.out': '書き出し先フォルダー（既定: 現在のフォルダー）',
  'export.option.format': 'pem（.crt、既定）か der（.cer）',
  'export.option.chain': '中間証明書だけのファイル <FQDN>.chain.crt も書き出す（Apache の SSLCertificateChainFile 用）',
  'export.option.fullchain': '証明書→中間証明書の順につないだ <FQDN>.fullchain.crt も書き出す（nginx、Apache 2.4.8 以降用）',
  'export.option.p7b': '証明書と中間証明書の PKCS#7 ファイル <FQDN>.p7b も書き出す（IIS・Windows 用）',
  'export.option.ca': '同梱の NII/SECOM の CA に加えてチェーンに使う CA 証明書ファイル（複数可）',
  'export.option.crlf': 'PEM の改行を CRLF にする',
  'export.option.force': '同名のファイルがあれば上書きする。失効済み・失効申請中の証明書も書き出す',
  'export.note.notCurrent': '現行でない証明書（期限切れ・有効期間前・失効済み・失効申請中・同じファイルの新しい証明書に置き換え済み）を書き出すときは、理由と現行の証明書を標準エラーに表示します。失効済みと失効申請中の証明書は --force を付けたときだけ書き出します。',
  'export.note.chain':
    'チェーンはネットワークを使わずに組み立て、書き出したファイルは読み戻して中身と順番を確かめてからパスを表示します。発行元の証明書が見つからない場合はチェーンのファイルを書き出さず、どの証明書が足りないかを表示して終了コード 1 で終わります（証明書ファイル自体は書き出します）。足りない CA 証明書は --ca で指定してください。',
  'export.formatInvalid': '--format は pem か der です: {format}',
  'export.selectorNeeded': '--fqdn か --id のどちらか一方を指定してください',
  'export.noRecordWithId': '申請ID {id} の行がありません',
  'export.recordWithoutCertificate': '申請ID {id} の行には証明書がありません',
  'export.onlyRevoked': '{fqdn} の証明書は失効済みか失効申請中のものしかありません（{count} 件）。それでも書き出すには --force を付けてください',
  'export.currentIs': '現行の証明書は申請ID {id}（シリアル番号 {serial}、{line} 行目）です: --id {id} で書き出せます。',
  'export.notCurrentRefused': '{reasons} {instead}それでも書き出すには --force を付けてください',
  'export.notCurrentWarning': '警告: {reasons}{instead}',
  'export.notFound': '{fqdn} の証明書が見つかりません（FQDN・CN・SAN の完全一致）',
  'export.choice': '選んだ証明書: 申請ID {id}、シリアル番号 {serial}、有効期間 {validity}、{state}（候補 {candidates} 件、{line} 行目）',
  'export.certificateUnreadable': '{line} 行目の証明書を読み出せません',
  'export.caWithoutChain': '--ca は --chain、--fullchain、--p7b のどれかと一緒に指定してください',
  'export.missingIssuer':
    'チェーンのファイルは書き出しません: 発行元の証明書「{issuer}」が見つかりません。その CA 証明書ファイルを入手し、--ca で指定してください（証明書ファイルは書き出しました）',
  'export.chainFailsValidation': 'チェーンのファイルは書き出しません: チェーンが検証に合格しません（{codes}。inspect で詳しく確認できます。証明書ファイルは書き出しました）',
  'export.noIntermediate': '中間証明書がないため {file} は書き出しません（ルートが直接発行した証明書です）',
  'export.chainFileCheckFailed': '{file}: {message}',

  // upki-tsv inspect (cli/commands/inspect.ts, cli/output/inspect-text.ts, cli/key-input.ts).
  'inspect.summary': '証明書ファイル (PEM/CER/P7B) を診断します（PEM の修復、期限、強度、ホスト名、チェーン、鍵、CRL）',
  'inspect.note.repair':
    '壊れた PEM（BOM、改行の混在、折り返し幅、ダッシュの数、くっついたブロックなど）は修復して読み、何を直したかを pem-repaired として報告します。秘密鍵・CSR・CRL を FILE に指定すると not-a-certificate として断り、鍵の内容は表示しません。',
  'inspect.note.exitStatus':
    '終了コード: 0 = すべてのファイルで証明書を読めた（所見はエラーがあっても終了コードを変えません）、1 = 証明書を読めないファイルがある、または --key/--ca/--crl のファイルを読めない、2 = 使い方の誤り。',
  'inspect.option.host': 'このホスト名に証明書が一致するか確かめる（RFC 6125、ワイルドカード対応）',
  'inspect.option.key': 'この秘密鍵または CSR が証明書と対か確かめる（鍵の内容は表示しません）',
  'inspect.option.passphraseEnv': '暗号化された秘密鍵のパスフレーズを入れた環境変数の名前（パスフレーズをコマンドラインに書かないため。省略時、端末なら入力を求めます）',
  'inspect.option.ca': 'チェーンの組み立てと CRL の検証に使う CA 証明書ファイル（複数可、1 ファイルに複数の証明書も可）',
  'inspect.option.crl': 'この CRL で失効を確かめる（署名を検証できない CRL は使いません。複数可）',
  'inspect.noReadableCertificate': '証明書を読めません: {file}{why}',
  'inspect.heading': '== {file}（証明書 {count} 件） ==',
  'inspect.cannotRead': '読めません: {error}',
  'inspect.where': '（{place}）',
  'inspect.chain': 'チェーン',
  'inspect.wholeFile': 'ファイル全体:',
  'chain.sourcePresented': 'ファイル内',
  'chain.sourceUser': '--ca',
  'chain.sourceBundled': '同梱',
  'key.passphraseEnvNotAName': '--passphrase-env には、パスフレーズを入れた環境変数の「名前」を指定してください（パスフレーズそのものは書かないでください）',
  'key.passphraseVariableEmpty': '--passphrase-env で指定した環境変数が設定されていないか空です',
  'key.passphraseEnvWithoutKey': '--passphrase-env は --key と一緒に指定してください',
  'key.unreadable': '--key のファイルを秘密鍵または CSR として読めません: {file} [{code}]',
  'key.wrongPassphrase': 'パスフレーズが違います。',
  'key.passphrasePrompt': '{file} のパスフレーズ（表示されません）: ',

  // The step a finding's advice leads to, worded as the option that takes it (cli/output/command-line-advice.ts).
  'advice.withStep': '{advice}{step}',
  'advice.addCaFile': 'そのファイルは --ca で指定します（upki-tsv export でも --ca で指定すると、チェーンのファイルを書き出せます）。',
  'advice.enterPassphrase':
    'パスフレーズを環境変数に入れ、その変数名を --passphrase-env で指定してください（例: read -s KEYPASS; export KEYPASS; upki-tsv inspect server.crt --key server.key --passphrase-env KEYPASS）。端末から実行すると入力を求めます。パスフレーズをコマンドラインに書かないでください（他の利用者から見えます）。',
} as const;

/** Every command-line text key. */
export type MessageKey = keyof typeof ja;

/** A full catalogue: one text per key. */
export type Messages = { readonly [K in MessageKey]: string };
