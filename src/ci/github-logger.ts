/** GitHub Actions logging through @actions/core: groups, annotations and masks. */
import * as core from '@actions/core';
import type { Logger, SourceLocation } from './log.js';
import { Redactor } from './redact.js';

export class GitHubLogger implements Logger {
  private readonly redactor = new Redactor();

  info(message: string): void {
    core.info(this.redactor.redact(message));
  }
  warning(message: string, where?: SourceLocation): void {
    core.warning(this.redactor.redact(message), annotation(where));
  }
  error(message: string, where?: SourceLocation): void {
    core.error(this.redactor.redact(message), annotation(where));
  }
  debug(message: string): void {
    core.debug(this.redactor.redact(message));
  }
  startGroup(title: string): void {
    core.startGroup(title);
  }
  endGroup(): void {
    core.endGroup();
  }
  addSecret(secret: string | undefined): void {
    if (secret === undefined || secret === '') return;
    core.setSecret(secret);
    this.redactor.add(secret);
  }
}

function annotation(where?: SourceLocation): core.AnnotationProperties | undefined {
  if (!where) return undefined;
  return where.line === undefined
    ? { file: where.file }
    : { file: where.file, startLine: where.line };
}
