// fontkit (pdfkit's font engine) ships no types; the certificate only asks a font which characters it covers.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
