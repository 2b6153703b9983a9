// xliff and gettext-parser ship JavaScript only; these are the parts the translations module uses.
declare module 'xliff' {
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: string | string[];
  }
  export interface XliffDocument {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function js2xliff(doc: XliffDocument, options: { indent?: string }): Promise<string>;
  export function xliff2js(text: string, options: Record<string, never>): Promise<XliffDocument>;
}
declare module 'gettext-parser' {
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: { translator?: string; extracted?: string; reference?: string; flag?: string; previous?: string };
  }
  export interface PoFile {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: string | Buffer, defaultCharset?: string): PoFile;
    compile(table: PoFile, options?: { foldLength?: number }): Buffer;
  };
}
