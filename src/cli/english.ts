/**
 * The extension's English messages (`public/_locales/en/messages.json`) for code that runs in Node
 * without the browser's: the CLI writes explanations with them, so each English sentence lives in
 * one place, the file translators copy.
 */
import { readFileSync } from 'node:fs';
import { lookupIn, render, type MessageLookup, type MessagesFile, type Param } from '../core/message';

const EN_MESSAGES = new URL('../../public/_locales/en/messages.json', import.meta.url);

let messages: MessagesFile | undefined;
let lookup: MessageLookup | undefined;

export function englishMessages(): MessagesFile {
  return (messages ??= JSON.parse(readFileSync(EN_MESSAGES, 'utf8')) as MessagesFile);
}

/** A message core returned, in English. */
export function english(text: Param): string {
  return render(text, { message: (lookup ??= lookupIn(englishMessages())) });
}
