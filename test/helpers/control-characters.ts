/** The control characters (C0 but newline, DEL, C1) in a text, as escapes: [] when it is safe to print. */
export function controlCharacters(text: string, allowed: readonly string[] = ['\n']): string[] {
  return [...text]
    .filter((char) => !allowed.includes(char))
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code < 0x20 || (code >= 0x7f && code <= 0x9f);
    })
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
