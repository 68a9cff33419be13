import {
  type PublishedImage,
  renderVerifyCommands,
  shellQuote,
} from '../../../src/report/verify-commands.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const SLSA = 'https://slsa.dev/provenance/v1';
const CYCLONEDX = 'https://cyclonedx.org/bom';
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const SIGNATURE = 'https://sigstore.dev/cosign/sign/v1';

const github: PublishedImage = {
  imageRef: `ghcr.io/acme/app@${DIGEST}`,
  signer: {
    mode: 'keyless',
    identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
    issuer: 'https://token.actions.githubusercontent.com',
  },
  sigstore: 'public-good',
  predicateTypes: [SIGNATURE, SLSA, CYCLONEDX, CYCLONEDX, VULN],
  attestationFormat: 'bundle',
};

const gitlab: PublishedImage = {
  imageRef: `registry.gitlab.com/acme/app@${DIGEST}`,
  signer: {
    mode: 'keyless',
    identity: 'https://gitlab.com/acme/app//.gitlab-ci.yml@refs/heads/main',
    issuer: 'https://gitlab.com',
  },
  sigstore: 'public-good',
  predicateTypes: [SIGNATURE, CYCLONEDX],
  attestationFormat: 'cosign-classic',
};

/** Everything a shell would treat specially, and both kinds of quote. */
const AWKWARD_IDENTITY = `it's "me" $(rm -rf /) \`id\` $HOME; a|b & c\\d *?`;
const awkward: PublishedImage = {
  ...gitlab,
  signer: { mode: 'keyless', identity: AWKWARD_IDENTITY, issuer: "https://issuer.example/'x'" },
  attestationFormat: 'both',
};

const keySigned: PublishedImage = {
  imageRef: `registry.example:5000/team/app@${DIGEST}`,
  signer: { mode: 'key' },
  sigstore: 'custom',
  predicateTypes: [SIGNATURE, SLSA, VULN],
  attestationFormat: 'bundle',
};

/**
 * POSIX shell word splitting for what these commands use: blanks, single quotes, double quotes,
 * backslash escapes and backslash-newline continuations. Throws on an unterminated quote or an
 * unquoted metacharacter, so a broken quote fails the test instead of splitting wrongly.
 */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (/[ \t\n]/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
      i += 1;
      continue;
    }
    if (char === '\\' && line[i + 1] === '\n') {
      i += 2; // a line continuation is removed, not a word
      continue;
    }
    if (/[;&|<>()$`*?]/.test(char)) throw new Error(`unquoted metacharacter ${char} in ${line}`);
    const [text, next] = readPiece(line, i);
    word = (word ?? '') + text;
    i = next;
  }
  if (word !== null) words.push(word);
  return words;
}

/** One quoted string, escaped character or plain character at `start`: its text and where it ends. */
function readPiece(line: string, start: number): [string, number] {
  const char = line[start]!;
  if (char === '\\') {
    const next = line[start + 1];
    if (next === undefined) throw new Error('trailing backslash');
    return [next, start + 2];
  }
  if (char === "'") {
    const end = line.indexOf("'", start + 1);
    if (end < 0) throw new Error(`unterminated single quote in ${line}`);
    return [line.slice(start + 1, end), end + 1];
  }
  if (char === '"') return readDoubleQuoted(line, start);
  return [char, start + 1];
}

function readDoubleQuoted(line: string, start: number): [string, number] {
  let text = '';
  let i = start + 1;
  for (; line[i] !== '"'; i++) {
    if (i >= line.length) throw new Error(`unterminated double quote in ${line}`);
    if (line[i] === '$' || line[i] === '`')
      throw new Error(`expansion inside double quotes in ${line}`);
    if (line[i] === '\\' && '$`"\\\n'.includes(line[i + 1] ?? '')) i++;
    text += line[i];
  }
  return [text, i + 1];
}

/** Each command of each fenced `sh` block, split into words as a shell would. */
function commandsIn(markdown: string): string[][] {
  const blocks = [...markdown.matchAll(/^(`{3,})sh\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!);
  return blocks.flatMap((block) => block.replace(/\\\n/g, ' ').split('\n').map(shellWords));
}

function valueOf(words: string[], flag: string): string | undefined {
  const at = words.indexOf(flag);
  return at < 0 ? undefined : words[at + 1];
}

function tools(commands: string[][]): string[] {
  return commands.map((words) => words.slice(0, 2).join(' '));
}

describe('renderVerifyCommands', () => {
  it.each([
    ['a GitHub identity', github],
    ['a GitLab identity', gitlab],
    ['an identity that needs quoting', awkward],
  ])(
    'every command, parsed back, names exactly the signer of %s',
    (_name, image: PublishedImage) => {
      if (image.signer.mode !== 'keyless') throw new Error('keyless fixture expected');
      const commands = commandsIn(renderVerifyCommands(image));
      const imprintAndCosign = commands.filter((w) => w[0] === 'imprint' || w[0] === 'cosign');
      expect(imprintAndCosign.length).toBeGreaterThanOrEqual(3);
      for (const words of imprintAndCosign) {
        expect(valueOf(words, '--certificate-identity')).toBe(image.signer.identity);
        expect(valueOf(words, '--certificate-oidc-issuer')).toBe(image.signer.issuer);
        expect(words).toContain(image.imageRef);
        expect(words).not.toContain('--key');
      }
    },
  );

  it('gives imprint, cosign and gh commands for an image GitHub Actions signed', () => {
    const commands = commandsIn(renderVerifyCommands(github));
    expect(tools(commands)).toEqual([
      'imprint verify',
      'cosign verify',
      'cosign verify-attestation',
      'cosign verify-attestation',
      'cosign verify-attestation',
      'gh attestation',
    ]);
    expect(valueOf(commands[0]!, '--require-attestations')).toBe('provenance,sbom,vuln');
    const types = commands
      .filter((w) => w[1] === 'verify-attestation')
      .map((w) => valueOf(w, '--type'));
    expect(types).toEqual(['slsaprovenance1', 'cyclonedx', 'vuln']);
    const gh = commands.at(-1)!;
    expect(gh.slice(0, 4)).toEqual(['gh', 'attestation', 'verify', `oci://${github.imageRef}`]);
    expect(gh).toContain('--bundle-from-oci');
    expect(valueOf(gh, '--owner')).toBe('acme');
    expect(valueOf(gh, '--predicate-type')).toBe(SLSA);
    expect(valueOf(gh, '--cert-identity')).toBe(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
    );
  });

  it('gives no gh command for an identity GitHub Actions did not sign', () => {
    for (const image of [gitlab, awkward, keySigned]) {
      const commands = commandsIn(renderVerifyCommands(image));
      expect(commands.map((w) => w[0])).not.toContain('gh');
    }
  });

  it('gives no gh command when GitHub Actions signed but gh could not read it', () => {
    const classic = commandsIn(
      renderVerifyCommands({ ...github, attestationFormat: 'cosign-classic' }),
    );
    const noProvenance = commandsIn(
      renderVerifyCommands({ ...github, predicateTypes: [SIGNATURE, CYCLONEDX] }),
    );
    expect(classic.map((w) => w[0])).not.toContain('gh');
    expect(noProvenance.map((w) => w[0])).not.toContain('gh');
  });

  it('verifies a key-signed image with the cosign.pub placeholder and the instance root', () => {
    const markdown = renderVerifyCommands(keySigned);
    const commands = commandsIn(markdown);
    expect(tools(commands)).toEqual([
      'imprint verify',
      'cosign verify',
      'cosign verify-attestation',
      'cosign verify-attestation',
    ]);
    for (const words of commands) {
      expect(valueOf(words, '--key')).toBe('cosign.pub');
      expect(valueOf(words, '--trusted-root')).toBe('trusted_root.json');
      expect(words).not.toContain('--certificate-identity');
      expect(words).not.toContain('--certificate-oidc-issuer');
    }
    expect(valueOf(commands[0]!, '--require-attestations')).toBe('provenance,vuln');
    expect(markdown).toContain('`cosign.pub` stands for the public key');
    expect(markdown).toContain('trusted root of the custom Sigstore instance');
  });

  it("tells every verifier not to require a transparency log on GitHub's instance, which has none", () => {
    const commands = commandsIn(renderVerifyCommands({ ...github, sigstore: 'github' }));
    const cosign = commands.filter((w) => w[0] === 'cosign');
    for (const words of cosign) expect(words).toContain('--insecure-ignore-tlog=true');
    expect(commands[0]).toContain('--insecure-ignore-tlog');
    expect(commands[0]).not.toContain('--insecure-ignore-tlog=true');
  });

  it('tells imprint and cosign not to require a log when the image was signed with tlog-upload: false', () => {
    const commands = commandsIn(renderVerifyCommands({ ...keySigned, transparencyLog: false }));
    expect(commands[0]!.slice(0, 2)).toEqual(['imprint', 'verify']);
    expect(commands[0]).toContain('--insecure-ignore-tlog');
    const cosign = commands.filter((w) => w[0] === 'cosign');
    expect(cosign.length).toBeGreaterThan(0);
    for (const words of cosign) expect(words).toContain('--insecure-ignore-tlog=true');
    const logged = commandsIn(renderVerifyCommands(keySigned));
    for (const words of logged) expect(words.join(' ')).not.toContain('insecure-ignore-tlog');
  });

  it.each([
    ['bundle', github, 'With cosign v3'],
    ['cosign-classic', gitlab, 'With cosign v2 or v3: the signatures are stored as classic'],
    [
      'cosign-classic (custom instance, keyless)',
      { ...gitlab, sigstore: 'custom' as const },
      'With cosign v3: the signatures are stored as classic `.sig` / `.att` tags. cosign v2 reads them too, but takes `--trusted-root` only for Sigstore bundles',
    ],
    [
      'cosign-classic (custom instance, key)',
      { ...keySigned, attestationFormat: 'cosign-classic' as const },
      'With cosign v2 or v3',
    ],
    [
      'both',
      awkward,
      'With cosign v3 (reads the Sigstore bundles stored as OCI referrers) or cosign v2',
    ],
  ])('names the cosign version that reads the %s storage format', (_f, image, text) => {
    const markdown = renderVerifyCommands(image);
    expect(markdown).toContain(text);
  });

  it('passes a predicate type cosign has no shorthand for as its URI', () => {
    const custom = 'https://example.com/test-result/v1';
    const commands = commandsIn(renderVerifyCommands({ ...gitlab, predicateTypes: [custom] }));
    const attest = commands.filter((w) => w[1] === 'verify-attestation');
    expect(attest.map((w) => valueOf(w, '--type'))).toEqual([custom]);
    expect(commands[0]).not.toContain('--require-attestations');
  });

  it('opens with a heading and fences each tool in sh blocks', () => {
    const markdown = renderVerifyCommands(github);
    expect(markdown.startsWith('### Verify this image\n')).toBe(true);
    expect(markdown.match(/^```sh$/gm)).toHaveLength(3);
  });

  it('makes the fence longer than any backtick run inside, so a value cannot close it', () => {
    const image: PublishedImage = {
      ...gitlab,
      signer: { mode: 'keyless', identity: 'a\n```\nb', issuer: 'https://gitlab.com' },
    };
    const markdown = renderVerifyCommands(image);
    expect(markdown).toContain('````sh\n');
    const commands = commandsIn(markdown.replace(/'a\n```\nb'/g, "'a'"));
    expect(commands.length).toBeGreaterThan(0);
  });
});

describe("the test's shell splitter", () => {
  it('splits as a POSIX shell does, and refuses what it does not model', () => {
    expect(shellWords(`a 'b c'"d\\"e" f\\ g \\\n h`)).toEqual(['a', 'b cd"e', 'f g', 'h']);
    expect(() => shellWords('echo $(id)')).toThrow('unquoted metacharacter $');
    expect(() => shellWords("echo 'open")).toThrow('unterminated single quote');
  });
});

describe('shellQuote', () => {
  it.each([
    ['verify', 'verify'],
    ['--certificate-identity', '--certificate-identity'],
    ['https://gitlab.com', "'https://gitlab.com'"],
    ["it's", "'it'\\''s'"],
    ['', "''"],
  ])('quotes %j as %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
    expect(shellWords(quoted)).toEqual(word === '' ? [''] : [word]);
  });
});
