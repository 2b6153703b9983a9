/** base45 3.0.0 (RFC 9285) ships no types; the portal's tests use it to pack QR texts as the API does. */
declare module 'base45' {
  export function encode(bytes: Uint8Array | string): string;
  export function decode(text: string): Uint8Array;
}
