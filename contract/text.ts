import { z } from './zod'

// A NUL, another control character (tab and line breaks apart) or half of a UTF-16 pair: what a
// paste or a script may slip into a field, that no database stores and no page shows.
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Whether a text holds only characters that can be stored and shown as they are. */
export const isStorableText = (text: string) => !UNSTORABLE.test(text)

/** A check for a string field: refused, with `message`, if it holds such a character. */
export const storableText = (message: string) =>
  z.refine<string>(isStorableText, { error: message })
