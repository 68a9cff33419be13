/**
 * Logging behind one interface, so every step groups its output the same way on GitHub
 * (`::group::`), GitLab (collapsible sections) and a terminal.
 */
import { Redactor } from './redact.js';

export interface Logger {
  info(message: string): void;
  warning(message: string, where?: SourceLocation): void;
  error(message: string, where?: SourceLocation): void;
  debug(message: string): void;
  startGroup(title: string): void;
  endGroup(): void;
  /** Register a secret: it is masked in everything logged from now on. */
  addSecret(secret: string | undefined): void;
}

/** Where an annotation points (a manifest file and line for verify violations). */
export interface SourceLocation {
  file: string;
  line?: number;
}

export type Write = (text: string) => void;

const stderrWrite: Write = (text) => process.stderr.write(text);

/** Plain terminal output, on stderr so stdout stays free for results. */
export class PlainLogger implements Logger {
  protected readonly redactor = new Redactor();
  private depth = 0;

  constructor(
    protected readonly write: Write = stderrWrite,
    private readonly verbose = false,
  ) {}

  info(message: string): void {
    this.line(message);
  }
  warning(message: string, where?: SourceLocation): void {
    this.line(`warning: ${locate(where)}${message}`);
  }
  error(message: string, where?: SourceLocation): void {
    this.line(`error: ${locate(where)}${message}`);
  }
  debug(message: string): void {
    if (this.verbose) this.line(`debug: ${message}`);
  }
  startGroup(title: string): void {
    this.line(`▸ ${title}`);
    this.depth += 1;
  }
  endGroup(): void {
    this.depth = Math.max(0, this.depth - 1);
  }
  addSecret(secret: string | undefined): void {
    this.redactor.add(secret);
  }

  protected line(message: string): void {
    const indent = '  '.repeat(this.depth);
    const text = this.redactor.redact(message);
    this.write(
      text
        .split('\n')
        .map((part) => indent + part)
        .join('\n') + '\n',
    );
  }
}

function locate(where?: SourceLocation): string {
  if (!where) return '';
  return where.line === undefined ? `${where.file}: ` : `${where.file}:${where.line}: `;
}

/** GitLab CI: each group is a collapsible section (FORMATS.md §5). */
export class GitLabLogger extends PlainLogger {
  private readonly open: string[] = [];
  private counter = 0;

  constructor(
    write: Write = stderrWrite,
    private readonly clock: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    super(write);
  }

  override startGroup(title: string): void {
    this.counter += 1;
    const name = `imprint_${this.counter}_${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .slice(0, 40)}`;
    this.open.push(name);
    this.write(
      `\u001b[0Ksection_start:${this.clock()}:${name}[collapsed=true]\r\u001b[0K${this.redactor.redact(title)}\n`,
    );
  }

  override endGroup(): void {
    const name = this.open.pop();
    if (name) this.write(`\u001b[0Ksection_end:${this.clock()}:${name}\r\u001b[0K\n`);
  }
}
