// Types of packages that ship none.
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[]; keepFeatures?: string[]; noLayoutClosure?: boolean; dropTables?: string[] }): Promise<Buffer>;
}
declare module 'woff2sfnt-sfnt2woff' {
  const woff: { toSfnt(woff: Uint8Array): Uint8Array; toWoff(sfnt: Uint8Array): Uint8Array };
  export default woff;
}

// sm-crypto (国密 SM2/SM3/SM4, pure JavaScript) ships no types; only what signing.ts uses.
declare module 'sm-crypto' {
  interface SignatureOptions {
    /** SM3 over Z(user id, curve, public key) || message, as GM/T 0003 signs (SM3withSM2) */
    hash?: boolean;
    /** ASN.1 DER SEQUENCE { r, s } instead of r || s */
    der?: boolean;
    /** the signer's public key (hex 04||x||y); computed from the private key when not given */
    publicKey?: string;
    /** default 1234567812345678 */
    userId?: string;
  }
  const smCrypto: {
    sm2: {
      generateKeyPairHex(): { privateKey: string; publicKey: string };
      getPublicKeyFromPrivateKey(privateKey: string): string;
      /** the signature as hex */
      doSignature(msg: string | Uint8Array | number[], privateKey: string, options?: SignatureOptions): string;
      doVerifySignature(msg: string | Uint8Array | number[], signatureHex: string, publicKey: string, options?: Omit<SignatureOptions, 'publicKey'>): boolean;
    };
  };
  export default smCrypto;
}
