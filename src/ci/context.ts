/**
 * Where logs, outputs and the summary go, on the CI platform the job runs on (platform.ts has
 * the platform's facts). One implementation of every step runs on GitHub, GitLab and a
 * terminal alike.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import * as core from '@actions/core';
import { GitHubLogger } from './github-logger.js';
import { GitLabLogger, type Logger, PlainLogger } from './log.js';
import { toDotenv } from './dotenv.js';
import { detectPlatform } from './choose-platform.js';
import type { CiEnvironment, CiPlatform } from './platform.js';

export interface CiContext {
  /** The platform's facts: temp directory, token sources, the run, tool download. */
  readonly platform: CiPlatform;
  readonly log: Logger;
  setOutput(name: string, value: string): void;
  /** Every output set so far, in order. */
  outputs(): Record<string, string>;
  /** Writes the job summary where this platform shows it. Never fails the step. */
  writeSummary(markdown: string): Promise<void>;
}

class CollectingContext implements CiContext {
  protected readonly values: Record<string, string> = {};
  private summaryWritten = false;

  constructor(
    readonly platform: CiPlatform,
    readonly log: Logger,
    private readonly summaryFile?: string,
  ) {}

  setOutput(name: string, value: string): void {
    this.values[name] = value;
  }

  outputs(): Record<string, string> {
    return { ...this.values };
  }

  writeSummary(markdown: string): Promise<void> {
    if (this.summaryFile) {
      // The first section of this run replaces an old file; later sections (a policy gate) follow it.
      if (this.summaryWritten) appendFileSync(this.summaryFile, `\n${markdown}`);
      else writeFileSync(this.summaryFile, markdown);
      this.summaryWritten = true;
      this.log.info(`Summary written to ${this.summaryFile}`);
    } else {
      this.log.startGroup('Summary');
      this.log.info(markdown);
      this.log.endGroup();
    }
    return Promise.resolve();
  }
}

/** GitHub Actions: outputs to $GITHUB_OUTPUT, summary to $GITHUB_STEP_SUMMARY. */
class GitHubContext extends CollectingContext {
  constructor(platform: CiPlatform) {
    super(platform, new GitHubLogger());
  }

  override setOutput(name: string, value: string): void {
    super.setOutput(name, value);
    core.setOutput(name, value);
  }

  override async writeSummary(markdown: string): Promise<void> {
    try {
      await core.summary.addRaw(markdown, true).write({ overwrite: false });
    } catch (error) {
      // GitHub Enterprise Server without job summaries: the step still succeeds.
      this.log.warning(
        `The job summary could not be written (${String(error)}); the step goes on.`,
      );
    }
  }
}

/** GitLab CI: outputs also go to a dotenv report so later jobs get the digest. */
class GitLabContext extends CollectingContext {
  constructor(
    platform: CiPlatform,
    private readonly dotenvPath: string | undefined,
    summaryFile?: string,
  ) {
    super(platform, new GitLabLogger(), summaryFile);
  }

  override setOutput(name: string, value: string): void {
    super.setOutput(name, value);
    if (!this.dotenvPath) return;
    const { text, dropped } = toDotenv(this.outputs());
    writeFileSync(this.dotenvPath, text);
    if (dropped.includes(name)) {
      this.log.warning(
        `Output ${name} is not in the dotenv report (it would pass GitLab's 5 KB limit).`,
      );
    }
  }
}

export interface ContextOptions {
  /** The job's environment, read once here to pick the platform (the door's process.env). */
  env: CiEnvironment;
  /** Markdown summary destination for the CLI (GitHub writes its own). */
  summaryFile?: string | undefined;
  /** GitLab dotenv report path; the platform's default (imprint.env on GitLab) when undefined. */
  dotenvPath?: string | undefined;
  logger?: Logger;
}

export function createContext(options: ContextOptions): CiContext {
  const platform = detectPlatform(options.env);
  if (platform.name === 'github') return new GitHubContext(platform);
  if (platform.name === 'gitlab') {
    const dotenv = options.dotenvPath ?? platform.dotenvDefault;
    return new GitLabContext(platform, dotenv, options.summaryFile);
  }
  return new CollectingContext(platform, options.logger ?? new PlainLogger(), options.summaryFile);
}
