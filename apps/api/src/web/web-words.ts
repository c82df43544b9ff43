import { webModule } from './web-module';

/** The interface's Swedish words (apps/web/i18n.js and its text/ files), for what the API prints as the web shows it. */
const WORDS_SV: Readonly<Record<string, string>> = webModule<{ TEXT: { sv: Record<string, string> } }>('i18n.js').TEXT.sv;

/** A word of the interface in Swedish; a key the interface does not have is a mistake here, not a word to print. */
export function wordSv(key: string): string {
  const word = WORDS_SV[key];
  if (word === undefined) throw new Error(`apps/web/i18n.js has no Swedish word ${key}`);
  return word;
}
