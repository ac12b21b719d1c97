// Types of packages that ship none.
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[]; keepFeatures?: string[]; noLayoutClosure?: boolean; dropTables?: string[] }): Promise<Buffer>;
}
declare module 'woff2sfnt-sfnt2woff' {
  const woff: { toSfnt(woff: Uint8Array): Uint8Array; toWoff(sfnt: Uint8Array): Uint8Array };
  export default woff;
}
