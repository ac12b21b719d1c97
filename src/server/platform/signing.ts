/**
 * The bureau's electronic seal (电子印章) as keys: an Ed25519 key pair and, beside it, an SM2 key
 * pair (国密, GM/T 0003: SM3withSM2 with the default user id 1234567812345678) that provincial
 * and national systems verify. Everything the bureau signs carries both signatures over the same
 * bytes (ADR 0020). The private keys are given by configuration (SHENPI_SIGNING_KEY, PEM;
 * SHENPI_SM2_SIGNING_KEY, hex) or kept in the data directory (keys/signing-key.pem,
 * keys/sm2-signing-key.hex, created on first start); the public keys of every key ever used are
 * in `signing_keys` with their algorithm, so signatures made before a rotation still verify.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import type { Db, Executor } from './db.js';
import type { SigningAlgorithm } from './db-types-documents.js';

/** A signature with the key that made it. */
export interface Signature {
  keyId: string;
  /** base64url: Ed25519's 64 bytes; SM2's DER SEQUENCE { r, s } */
  signature: string;
}

/** What the seal puts on a message: the Ed25519 signature (as before SM2 came) and the SM2 one beside it. */
export interface Seal extends Signature {
  sm2: Signature;
}

/** A published public key: SPKI PEM (an SM2 key is an EC key on the SM2 curve, as openssl reads it). */
export interface PublishedKey {
  keyId: string;
  /** absent in key lists saved before SM2: Ed25519 */
  algorithm?: SigningAlgorithm;
  publicKey: string;
}

/** The outcome of checking a seal: each algorithm's result; valid when Ed25519 passes and SM2 passes or was not made (before SM2). */
export interface SealCheck {
  ok: boolean;
  ed25519: 'ok' | 'unknown_key' | 'bad_signature';
  sm2: 'ok' | 'unknown_key' | 'bad_signature' | 'absent';
  sm2KeyId: string | null;
}

/** GM/T 0003's default signer id, which sm-crypto-v2 and openssl (distid) use. */
const SM2_USER_ID = '1234567812345678';

/** SPKI DER of an SM2 public key = this prefix (id-ecPublicKey, curve SM2 1.2.156.10197.1.301) + 04||x||y. */
const SM2_SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d034200';

const KEY_FILE = 'signing-key.pem';
const SM2_KEY_FILE = 'sm2-signing-key.hex';

/** The key id: the first 16 characters of base64url(SHA-256 of the SPKI DER of the public key). */
function keyIdOfDer(spkiDer: Buffer): string {
  return crypto.createHash('sha256').update(spkiDer).digest('base64url').slice(0, 16);
}

/** The key id of an Ed25519 public key. */
function keyIdOf(publicKey: crypto.KeyObject): string {
  return keyIdOfDer(publicKey.export({ format: 'der', type: 'spki' }));
}

/** An SM2 public key (hex 04||x||y) as SPKI PEM. */
function sm2PublicKeyPem(publicKeyHex: string): string {
  const b64 = Buffer.from(SM2_SPKI_PREFIX + publicKeyHex, 'hex').toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${b64.match(/.{1,64}/g)?.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** The raw public key of a published key as hex: Ed25519's 32 bytes, SM2's 04||x||y (65 bytes). */
function publicKeyHex(key: PublishedKey): string {
  const der = Buffer.from(key.publicKey.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  return der.subarray(der.length - ((key.algorithm ?? 'Ed25519') === 'SM2' ? 65 : 32)).toString('hex');
}

/** SM2 public keys as points with their multiples precomputed: a check with a known key is ~10× faster. Few keys ever exist (one per rotation). */
const sm2Points = new Map<string, ReturnType<typeof sm2.precomputePublicKey>>();
function sm2Point(publicKeyHex: string) {
  let point = sm2Points.get(publicKeyHex);
  if (!point) sm2Points.set(publicKeyHex, (point = sm2.precomputePublicKey(publicKeyHex)));
  return point;
}

/** Verify one signature with a published key, by its algorithm (used offline by the CLI too). */
export function verifyWithKey(key: PublishedKey, data: Buffer | string, signature: string): boolean {
  try {
    if ((key.algorithm ?? 'Ed25519') === 'SM2') {
      return sm2.doVerifySignature(Buffer.from(data), Buffer.from(signature, 'base64url').toString('hex'), sm2Point(publicKeyHex(key)), { hash: true, der: true, userId: SM2_USER_ID });
    }
    return crypto.verify(null, Buffer.from(data), crypto.createPublicKey(key.publicKey), Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/**
 * Check a seal over `data` with the keys `find` knows: the Ed25519 signature always, the SM2 one
 * when the seal carries it. A key of the other algorithm in a slot is an unknown key there.
 */
export function checkSeal(find: (keyId: string) => PublishedKey | undefined, data: Buffer | string, seal: Signature & { sm2?: Signature | null }): SealCheck {
  const one = (algorithm: SigningAlgorithm, s: Signature) => {
    const key = find(s.keyId);
    if (!key || (key.algorithm ?? 'Ed25519') !== algorithm) return 'unknown_key' as const;
    return verifyWithKey(key, data, s.signature) ? ('ok' as const) : ('bad_signature' as const);
  };
  const ed25519 = one('Ed25519', seal);
  const sm2Result = seal.sm2 ? one('SM2', seal.sm2) : ('absent' as const);
  return { ok: ed25519 === 'ok' && (sm2Result === 'ok' || sm2Result === 'absent'), ed25519, sm2: sm2Result, sm2KeyId: seal.sm2?.keyId ?? null };
}

/** Why a seal did not verify, as the verify pages say it; `badSignature` is the words for a signature that does not match. */
export function sealProblem(c: SealCheck, keyId: string, badSignature: string): string {
  if (c.ed25519 === 'unknown_key') return `签名密钥 ${keyId} 不是本局公布的密钥`;
  if (c.sm2 === 'unknown_key') return `SM2 签名密钥 ${c.sm2KeyId} 不是本局公布的密钥`;
  const failed = [c.ed25519 === 'bad_signature' ? 'Ed25519' : null, c.sm2 === 'bad_signature' ? 'SM2' : null].filter(Boolean).join('、');
  return `${badSignature}（未通过：${failed}）`;
}

/** Read a key file, or create it once (two processes starting together end up with the same key). */
function loadOrCreate(dir: string, name: string, make: () => string): string {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(tmp, make(), { mode: 0o600 });
    try {
      // link fails when another process made the file first: then theirs is the key
      fs.linkSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return fs.readFileSync(file, 'utf8');
}

const newEd25519 = () => crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
/** A new SM2 private key (64 hex digits) from OpenSSL's SM2 curve: ~1 ms, where sm-crypto's first key pair builds its tables (~300 ms of a first start). */
const newSm2 = () => {
  const ecdh = crypto.createECDH('SM2');
  ecdh.generateKeys();
  return `${ecdh.getPrivateKey('hex').padStart(64, '0')}\n`;
};

/** An SM2 key pair from its private key (64 hex digits). */
class Sm2Key {
  readonly privateKey: string;
  readonly publicKey: string;
  readonly pem: string;
  readonly keyId: string;

  constructor(privateKeyHex: string) {
    this.privateKey = privateKeyHex.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(this.privateKey)) throw new Error('the SM2 signing key must be 64 hex digits (SHENPI_SM2_SIGNING_KEY or keys/sm2-signing-key.hex)');
    // OpenSSL's SM2 curve derives the point in ~1 ms; sm-crypto's first multiplication builds its tables (~150 ms a start)
    const ecdh = crypto.createECDH('SM2');
    ecdh.setPrivateKey(Buffer.from(this.privateKey, 'hex'));
    this.publicKey = ecdh.getPublicKey('hex', 'uncompressed');
    this.pem = sm2PublicKeyPem(this.publicKey);
    this.keyId = keyIdOfDer(Buffer.from(SM2_SPKI_PREFIX + this.publicKey, 'hex'));
  }

  sign(data: Buffer | string): Signature {
    const der = sm2.doSignature(Buffer.from(data), this.privateKey, { hash: true, der: true, publicKey: this.publicKey, userId: SM2_USER_ID });
    return { keyId: this.keyId, signature: Buffer.from(der, 'hex').toString('base64url') };
  }
}

/** The keys in use and the published public keys. */
export class KeyRing {
  private readonly published = new Map<string, PublishedKey>();

  private constructor(
    private readonly db: Db,
    private privateKey: crypto.KeyObject,
    private currentId: string,
    private sm2Key: Sm2Key,
  ) {}

  /** Load (or create) the signing keys and publish their public halves. */
  static async open(db: Db, opts: { dataDir: string; signingKeyPem?: string; sm2SigningKey?: string }): Promise<KeyRing> {
    const dir = path.join(opts.dataDir, 'keys');
    const privateKey = crypto.createPrivateKey(opts.signingKeyPem ?? loadOrCreate(dir, KEY_FILE, newEd25519));
    const sm2Key = new Sm2Key(opts.sm2SigningKey ?? loadOrCreate(dir, SM2_KEY_FILE, newSm2));
    const ring = new KeyRing(db, privateKey, keyIdOf(crypto.createPublicKey(privateKey)), sm2Key);
    await ring.publish(db);
    return ring;
  }

  /** The Ed25519 key in use. */
  get keyId(): string {
    return this.currentId;
  }

  /** The SM2 key in use. */
  get sm2KeyId(): string {
    return this.sm2Key.keyId;
  }

  /** Seal bytes: Ed25519 and SM2 with the keys in use. */
  sign(data: Buffer | string): Seal {
    return { keyId: this.currentId, signature: crypto.sign(null, Buffer.from(data), this.privateKey).toString('base64url'), sm2: this.sm2Key.sign(data) };
  }

  /** Check a seal (both signatures, the SM2 one when present) against the published keys. */
  async checkSeal(data: Buffer | string, seal: Signature & { sm2?: Signature | null }): Promise<SealCheck> {
    const keys = new Map<string, PublishedKey>();
    for (const id of [seal.keyId, seal.sm2?.keyId]) {
      const key = id ? await this.publicKey(id) : null;
      if (id && key) keys.set(id, key);
    }
    return checkSeal((id) => keys.get(id), data, seal);
  }

  /** Every published key of both algorithms, newest first. */
  async keys(ex: Executor = this.db) {
    const rows = await ex.selectFrom('signing_keys').selectAll().orderBy('created_at', 'desc').orderBy('algorithm').execute();
    return rows.map((r) => ({
      keyId: r.key_id,
      algorithm: r.algorithm,
      publicKey: r.public_key,
      publicKeyHex: publicKeyHex({ keyId: r.key_id, algorithm: r.algorithm, publicKey: r.public_key }),
      createdAt: r.created_at.toISOString(),
      retiredAt: r.retired_at?.toISOString() ?? null,
      current: r.key_id === this.currentId || r.key_id === this.sm2Key.keyId,
    }));
  }

  /**
   * Start signing with new keys of both algorithms (written to the data directory); the old
   * public keys stay published, marked retired, so everything they signed still verifies.
   */
  async rotate(dataDir: string): Promise<{ ed25519: string; sm2: string }> {
    const dir = path.join(dataDir, 'keys');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const old = [this.currentId, this.sm2Key.keyId];
    const replace = (name: string, retired: string, content: string) => {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) fs.renameSync(file, path.join(dir, retired));
      fs.writeFileSync(file, content, { mode: 0o600 });
      return content;
    };
    this.privateKey = crypto.createPrivateKey(replace(KEY_FILE, `retired-${this.currentId}.pem`, newEd25519()));
    this.currentId = keyIdOf(crypto.createPublicKey(this.privateKey));
    this.sm2Key = new Sm2Key(replace(SM2_KEY_FILE, `retired-${this.sm2Key.keyId}.hex`, newSm2()));
    await this.db.updateTable('signing_keys').set({ retired_at: new Date() }).where('key_id', 'in', old).where('retired_at', 'is', null).execute();
    await this.publish(this.db);
    return { ed25519: this.currentId, sm2: this.sm2Key.keyId };
  }

  private async publish(db: Db): Promise<void> {
    const keys: PublishedKey[] = [
      { keyId: this.currentId, algorithm: 'Ed25519', publicKey: crypto.createPublicKey(this.privateKey).export({ format: 'pem', type: 'spki' }).toString() },
      { keyId: this.sm2Key.keyId, algorithm: 'SM2', publicKey: this.sm2Key.pem },
    ];
    for (const k of keys) {
      await db
        .insertInto('signing_keys')
        .values({ key_id: k.keyId, algorithm: k.algorithm ?? 'Ed25519', public_key: k.publicKey, created_at: new Date(), retired_at: null })
        .onConflict((oc) => oc.column('key_id').doNothing())
        .execute();
      this.published.set(k.keyId, k);
    }
  }

  private async publicKey(keyId: string): Promise<PublishedKey | null> {
    const known = this.published.get(keyId);
    if (known) return known;
    const row = await this.db.selectFrom('signing_keys').select(['public_key', 'algorithm']).where('key_id', '=', keyId).executeTakeFirst();
    if (!row) return null;
    const key: PublishedKey = { keyId, algorithm: row.algorithm, publicKey: row.public_key };
    this.published.set(keyId, key);
    return key;
  }
}
