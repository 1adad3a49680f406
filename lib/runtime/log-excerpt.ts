// What reaches the server's log from an error is an excerpt: bounded in length and with control characters
// written as escapes, so that a visitor's text inside an error (a URL, a header) can neither flood the log nor
// forge lines in it. Used by server.ts for everything written through console.error and console.warn.

export const LOG_EXCERPT_CHARS = 2_000;

/** The text with control characters (other than newline and tab) escaped, cut at `max` characters. */
export function excerpt(text: string, max = LOG_EXCERPT_CHARS): string {
  const escaped = text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return escaped.length <= max ? escaped : `${escaped.slice(0, max)}… (${escaped.length - max} more characters)`;
}

/** A console argument as it may be logged: strings and errors (with their stack) as excerpts. */
export function loggable(arg: unknown): unknown {
  if (typeof arg === "string") return excerpt(arg);
  if (arg instanceof Error) return excerpt(arg.stack ?? `${arg.name}: ${arg.message}`, LOG_EXCERPT_CHARS * 2);
  return arg;
}
