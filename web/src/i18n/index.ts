import { messagesEn, type MessageKey } from './messages.en';

export type { MessageKey };
export type MessageVars = Readonly<Record<string, string | number>>;

const catalogue: Readonly<Record<MessageKey, string>> = messagesEn;

/**
 * The user-visible text for `key`, with each `{name}` placeholder replaced by `vars[name]`.
 * Placeholders without a value are left as they are, so a missing value shows up in review.
 */
export function t(key: MessageKey, vars?: MessageVars): string {
  const template = catalogue[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = vars[name];
    return value === undefined ? placeholder : String(value);
  });
}
