/**
 * One referrer writer in a process of its own, as a separate CI job would be: it attaches the
 * referrers named on the command line to a subject with the production settings, starting at
 * an agreed instant so that writers in other processes race it. Prints what it attached.
 *
 * argv: registry-host repository subject-json start-at-epoch-ms referrer-json...
 */
import { RegistryClient } from '../../../../src/registry/client.js';
import { attachReferrers, type ReferrerToAttach } from '../../../../src/registry/referrers.js';

const [host, repository, subjectJson, startAt, ...referrerJson] = process.argv.slice(2);
const subject = JSON.parse(subjectJson!) as ReferrerToAttach['subject'];
const referrers = referrerJson.map((json) => {
  const parsed = JSON.parse(json) as Omit<ReferrerToAttach, 'manifestBytes'> & {
    manifestBase64: string;
  };
  const { manifestBase64, ...rest } = parsed;
  return { ...rest, manifestBytes: Buffer.from(manifestBase64, 'base64') };
});
const client = new RegistryClient(host!, { insecure: true });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
try {
  const attached = await attachReferrers(client, repository!, subject.digest, referrers);
  process.stdout.write(JSON.stringify(attached.map((a) => a.descriptor.digest)));
} finally {
  await client.close();
}
