/**
 * The code to look up from what someone typed or pasted: the code itself, or the whole verification
 * link (`https://…/verify/<code>`) as printed on the certificate.
 */
export function verificationCodeFrom(input: string): string {
  const text = input.trim();
  const code = /\/verify\/([^/?#\s]+)/.exec(text)?.[1] ?? text;
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}
