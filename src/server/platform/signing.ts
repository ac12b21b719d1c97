/**
 * The bureau's electronic seal (电子印章) as a key: an Ed25519 key pair. The private key is
 * given by configuration (SHENPI_SIGNING_KEY, PEM) or kept in the data directory
 * (keys/signing-key.pem, created on first start); the public keys of every key ever used are in
 * `signing_keys`, so signatures made before a rotation still verify.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db, Executor } from './db.js';

/** A signature with the key that made it. */
export interface Signature {
  keyId: string;
  /** base64url */
  signature: string;
}

/** The outcome of checking a signature. */
export type SignatureCheck = { ok: true; keyId: string } | { ok: false; keyId: string; reason: 'unknown_key' | 'bad_signature' };

const KEY_FILE = 'signing-key.pem';

/** The key id: the first 16 characters of base64url(SHA-256 of the raw public key). */
export function keyIdOf(publicKey: crypto.KeyObject): string {
  const raw = publicKey.export({ format: 'der', type: 'spki' });
  return crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 16);
}

/** Verify an Ed25519 signature with a PEM public key (used offline by the CLI too). */
export function verifyWithPem(publicKeyPem: string, data: Buffer | string, signature: string): boolean {
  try {
    return crypto.verify(null, Buffer.from(data), crypto.createPublicKey(publicKeyPem), Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** Read the key file, or create it once (two processes starting together end up with the same key). */
function loadOrCreate(dir: string): crypto.KeyObject {
  const file = path.join(dir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(tmp, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    try {
      // link fails when another process made the file first: then theirs is the key
      fs.linkSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return crypto.createPrivateKey(fs.readFileSync(file, 'utf8'));
}

/** The key in use and the published public keys. */
export class KeyRing {
  private readonly published = new Map<string, string>();

  private constructor(
    private readonly db: Db,
    private privateKey: crypto.KeyObject,
    private currentId: string,
  ) {}

  /** Load (or create) the signing key and publish its public half. */
  static async open(db: Db, opts: { dataDir: string; signingKeyPem?: string }): Promise<KeyRing> {
    const privateKey = opts.signingKeyPem ? crypto.createPrivateKey(opts.signingKeyPem) : loadOrCreate(path.join(opts.dataDir, 'keys'));
    const ring = new KeyRing(db, privateKey, keyIdOf(crypto.createPublicKey(privateKey)));
    await ring.publish(db);
    return ring;
  }

  get keyId(): string {
    return this.currentId;
  }

  /** Sign bytes with the key in use. */
  sign(data: Buffer | string): Signature {
    return { keyId: this.currentId, signature: crypto.sign(null, Buffer.from(data), this.privateKey).toString('base64url') };
  }

  /** Check a signature against the published key it names. */
  async verify(keyId: string, data: Buffer | string, signature: string): Promise<SignatureCheck> {
    const pem = await this.publicKey(keyId);
    if (!pem) return { ok: false, keyId, reason: 'unknown_key' };
    return verifyWithPem(pem, data, signature) ? { ok: true, keyId } : { ok: false, keyId, reason: 'bad_signature' };
  }

  /** Every published key, newest first. */
  async keys(ex: Executor = this.db) {
    const rows = await ex.selectFrom('signing_keys').selectAll().orderBy('created_at', 'desc').execute();
    return rows.map((r) => ({ keyId: r.key_id, algorithm: 'Ed25519' as const, publicKey: r.public_key, createdAt: r.created_at.toISOString(), retiredAt: r.retired_at?.toISOString() ?? null, current: r.key_id === this.currentId }));
  }

  /**
   * Start signing with a new key (written to the data directory); the old public key stays
   * published, marked retired, so everything it signed still verifies.
   */
  async rotate(dataDir: string): Promise<string> {
    const dir = path.join(dataDir, 'keys');
    const file = path.join(dir, KEY_FILE);
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (fs.existsSync(file)) fs.renameSync(file, path.join(dir, `retired-${this.currentId}.pem`));
    fs.writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    const old = this.currentId;
    this.privateKey = privateKey;
    this.currentId = keyIdOf(crypto.createPublicKey(privateKey));
    await this.db.updateTable('signing_keys').set({ retired_at: new Date() }).where('key_id', '=', old).where('retired_at', 'is', null).execute();
    await this.publish(this.db);
    return this.currentId;
  }

  private async publish(db: Db): Promise<void> {
    const pem = crypto.createPublicKey(this.privateKey).export({ format: 'pem', type: 'spki' }).toString();
    await db.insertInto('signing_keys').values({ key_id: this.currentId, public_key: pem, created_at: new Date(), retired_at: null }).onConflict((oc) => oc.column('key_id').doNothing()).execute();
    this.published.set(this.currentId, pem);
  }

  private async publicKey(keyId: string): Promise<string | null> {
    const known = this.published.get(keyId);
    if (known) return known;
    const row = await this.db.selectFrom('signing_keys').select('public_key').where('key_id', '=', keyId).executeTakeFirst();
    if (row) this.published.set(keyId, row.public_key);
    return row?.public_key ?? null;
  }
}
