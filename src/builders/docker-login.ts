/**
 * Logins for the docker CLI (legacy builder and buildx) that leave the user's config
 * untouched: a temporary DOCKER_CONFIG, `docker login --password-stdin` into it, the
 * build run with it, the directory removed afterwards whatever happened (a cancelled job
 * too: see util/private-temp.ts).
 */
import { runCommand } from './exec.js';
import { createDockerConfigDir, pulledRegistries } from './credentials.js';
import { loginFailed } from './failures.js';
import type { LogSink } from './log.js';
import type { ValidatedBuild } from './request.js';

export type DockerEnv = Record<string, string | undefined>;

export async function withDockerLogins<T>(
  build: ValidatedBuild,
  log: LogSink,
  binary: string,
  run: (env: DockerEnv) => Promise<T>,
): Promise<T> {
  const logins = build.request.registryAuth ?? [];
  if (logins.length === 0) return run({});
  const dir = createDockerConfigDir(
    logins.map((login) => login.registry),
    pulledRegistries(build, (message) => log.warning(message)),
    (store) =>
      log.warning(
        `docker credential store "${store}" is not consulted during this build: imprint logs in with a temporary config`,
      ),
    build.request.tempRoot,
  );
  const env: DockerEnv = { DOCKER_CONFIG: dir.path };
  try {
    for (const { registry, username, password } of logins) {
      const result = await runCommand(
        binary,
        ['login', '--username', username, '--password-stdin', registry],
        { log, env, input: password, secrets: build.secrets },
      );
      if (result.exitCode !== 0) throw loginFailed(registry, username, result);
    }
    return await run(env);
  } finally {
    dir.remove();
  }
}
