/**
 * Secrets never reach a log: every line any logger prints goes through the redactor, and
 * every secret (passwords, tokens, key passwords) is registered with it as soon as it is read.
 */
const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret === undefined) return;
    const trimmed = secret.trim();
    if (trimmed.length < MIN_SECRET_LENGTH) return;
    this.secrets.add(trimmed);
    // base64 forms leak through Basic auth headers and docker config files.
    this.secrets.add(Buffer.from(trimmed).toString('base64'));
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result;
  }

  get size(): number {
    return this.secrets.size;
  }
}
