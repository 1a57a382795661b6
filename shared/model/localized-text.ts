/** A user-facing language of the app. Japanese is the default. */
export type Lang = 'ja' | 'en';

/** A user-facing sentence in both languages. */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

/** Picks the text for a language. */
export function pickText(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
