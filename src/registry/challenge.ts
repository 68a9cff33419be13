/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one header may hold several challenges,
 * each a scheme followed by comma-separated `name=value` / `name="quoted value"` params.
 * Pure; the transport decides what to do with the result.
 */

export interface Challenge {
  /** Lowercased scheme: `basic`, `bearer`, … */
  scheme: string;
  /** Parameters with lowercased names (`realm`, `service`, `scope`, `error`). */
  params: Record<string, string>;
}

const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  const reader = new Reader(header);
  let current: Challenge | undefined;
  while (!reader.done()) {
    reader.skip(/[\s,]/);
    if (reader.done()) break;
    const word = reader.token();
    if (word === '') {
      reader.advance(); // stray character: ignore rather than give up on the whole header
      continue;
    }
    reader.skip(/\s/);
    if (reader.peek() === '=' && current) {
      reader.advance();
      reader.skip(/\s/);
      current.params[word.toLowerCase()] = reader.peek() === '"' ? reader.quoted() : reader.bare();
    } else {
      current = { scheme: word.toLowerCase(), params: {} };
      challenges.push(current);
      // token68 form (`Negotiate abc==`) carries no params we use; step over it.
      if (/^[A-Za-z0-9._~+/-]+=*\s*(,|$)/.test(reader.rest())) reader.token68();
    }
  }
  return challenges;
}

class Reader {
  private position = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.position >= this.text.length;
  }
  peek(): string {
    return this.text[this.position] ?? '';
  }
  rest(): string {
    return this.text.slice(this.position);
  }
  advance(): void {
    this.position += 1;
  }
  skip(pattern: RegExp): void {
    while (!this.done() && pattern.test(this.peek())) this.advance();
  }
  token(): string {
    const start = this.position;
    while (!this.done() && TOKEN_CHAR.test(this.peek())) this.advance();
    return this.text.slice(start, this.position);
  }
  /** An unquoted value; lenient past RFC token chars since some servers send bare URLs. */
  bare(): string {
    const start = this.position;
    while (!this.done() && !/[,\s]/.test(this.peek())) this.advance();
    return this.text.slice(start, this.position);
  }
  token68(): void {
    while (!this.done() && /[A-Za-z0-9._~+/=-]/.test(this.peek())) this.advance();
  }
  quoted(): string {
    this.advance(); // opening quote
    let value = '';
    while (!this.done() && this.peek() !== '"') {
      if (this.peek() === '\\') this.advance();
      value += this.peek();
      this.advance();
    }
    this.advance(); // closing quote
    return value;
  }
}
