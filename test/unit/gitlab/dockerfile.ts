/**
 * Just enough of Dockerfile syntax to check the component image's recipe without building
 * it (no base image can be pulled here): instructions with continuations joined, grouped
 * into stages, and the checks the issue asks for, as a list of problems.
 */
import { trivyRelease } from '../../../src/scan/trivy-release.js';

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): { globalArgs: Instruction[]; stages: Stage[] } {
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  let pending = '';
  let startLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (pending === '' && (line.trim() === '' || line.trimStart().startsWith('#'))) return;
    if (pending === '') startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      return;
    }
    const whole = (pending + line).trim();
    pending = '';
    const [keyword = '', ...rest] = whole.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' '), line: startLine };
    if (instruction.keyword === 'FROM') {
      const [from = '', as, name] = rest;
      stages.push({
        from,
        ...(as?.toUpperCase() === 'AS' && name ? { name } : {}),
        instructions: [],
      });
    } else if (stages.length === 0) {
      globalArgs.push(instruction);
    } else {
      stages.at(-1)!.instructions.push(instruction);
    }
  });
  return { globalArgs, stages };
}

/** `ARG NAME=value` → value, within the given instructions. */
export function argDefault(instructions: Instruction[], name: string): string | undefined {
  const arg = instructions.find(
    (instruction) => instruction.keyword === 'ARG' && instruction.args.startsWith(`${name}=`),
  );
  return arg?.args.slice(name.length + 1).replace(/^"(.*)"$/, '$1');
}

const SHA256 = /^[0-9a-f]{64}$/;
const ARCHES = [
  { docker: 'amd64', node: 'x64', arg: 'TRIVY_SHA256_AMD64' },
  { docker: 'arm64', node: 'arm64', arg: 'TRIVY_SHA256_ARM64' },
];

/** Everything wrong with the image recipe; empty when it is right. */
export function imageRecipeProblems(text: string, trivyVersion: string): string[] {
  const { globalArgs, stages } = parseDockerfile(text);
  const final = stages.at(-1);
  if (!final) return ['no FROM: not a Dockerfile'];
  const problems: string[] = [];
  const base = argDefault(globalArgs, final.from.replace(/^\$\{(\w+)\}$/, '$1')) ?? final.from;
  if (!/^node:24[-.]/.test(base)) problems.push(`the final stage is not Node 24 (FROM ${base})`);

  const runs = final.instructions.filter((instruction) => instruction.keyword === 'RUN');
  const installs = runs.map((run) => run.args).join(' ');
  for (const tool of ['buildah', 'docker-cli']) {
    if (!new RegExp(`apt-get install [^&;]*\\b${tool}\\b`).test(installs))
      problems.push(`the final stage does not apt-get install ${tool}`);
  }
  const copies = final.instructions.filter((instruction) => instruction.keyword === 'COPY');
  const dist = copies.find((copy) => /^dist\/?\s/.test(copy.args));
  if (!dist) problems.push('the final stage does not COPY dist/');
  const distTarget = dist?.args.split(/\s+/).at(-1)?.replace(/\/$/, '');
  if (
    distTarget &&
    !runs.some((run) => run.args.includes(`ln -s ${distTarget}/cli.js /usr/local/bin/imprint`))
  )
    problems.push('imprint is not on PATH (no ln -s of dist/cli.js to /usr/local/bin/imprint)');
  const entrypoint = final.instructions.find((instruction) => instruction.keyword === 'ENTRYPOINT');
  if (entrypoint?.args !== '["imprint"]') problems.push('ENTRYPOINT is not ["imprint"]');

  problems.push(...trivyProblems(stages, trivyVersion));
  return problems;
}

function trivyProblems(stages: Stage[], trivyVersion: string): string[] {
  const problems: string[] = [];
  const stage = stages.find((candidate) => candidate.name === 'trivy');
  if (!stage) return ['no "trivy" stage'];
  const copiesTrivy = stages
    .at(-1)!
    .instructions.some(
      (instruction) =>
        instruction.keyword === 'COPY' && instruction.args.startsWith('--from=trivy '),
    );
  if (!copiesTrivy) problems.push('the final stage does not COPY --from=trivy');

  const version = argDefault(stage.instructions, 'TRIVY_VERSION');
  if (version !== trivyVersion)
    problems.push(`TRIVY_VERSION is ${version}, the scan asks for ${trivyVersion}`);
  const install = stage.instructions.find(
    (instruction) =>
      instruction.keyword === 'RUN' && instruction.args.includes('releases/download'),
  );
  if (!install) return [...problems, 'no RUN downloads the Trivy release'];
  for (const arch of ARCHES) problems.push(...downloadProblems(stage, install, arch, trivyVersion));

  const check = install.args.search(/sha256sum -c/);
  const unpack = install.args.search(/tar -x/);
  if (check < 0) problems.push('the Trivy archive is never checked with sha256sum -c');
  else if (unpack >= 0 && unpack < check)
    problems.push('the Trivy archive is unpacked before its checksum is checked');
  if (!/set -eu/.test(install.args))
    problems.push('the Trivy install does not stop on the first failure (set -eu)');
  return problems;
}

/** One architecture: a sha256 recorded, used, and the asset the product itself would fetch. */
function downloadProblems(
  stage: Stage,
  install: Instruction,
  arch: (typeof ARCHES)[number],
  trivyVersion: string,
): string[] {
  const problems: string[] = [];
  const sum = argDefault(stage.instructions, arch.arg);
  if (!sum || !SHA256.test(sum)) problems.push(`${arch.arg} is not a sha256 (${sum})`);
  if (!install.args.includes(`\${${arch.arg}}`))
    problems.push(`the download never uses ${arch.arg}`);
  const expected = trivyRelease(trivyVersion, 'linux', arch.node);
  const asset = new RegExp(`${arch.docker}\\)\\s*asset="([^"]+)"`).exec(install.args)?.[1];
  const url = /"(https:\/\/[^"]+)"/
    .exec(install.args)?.[1]
    ?.replace(/\$\{TRIVY_VERSION\}/g, trivyVersion)
    .replace('${asset}', asset ?? '?');
  if (url !== expected.assetUrl)
    problems.push(`the ${arch.docker} download is ${url}, not ${expected.assetUrl}`);
  return problems;
}
