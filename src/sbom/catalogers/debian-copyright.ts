/**
 * Licences from `/usr/share/doc/<package>/copyright`.
 * - Machine-readable files (DEP-5: a `Format:` header naming the copyright-format spec) are
 *   read field by field: every `License:` synopsis, split into its single licences.
 * - Free-form files (libc6's, for example) only reveal licences through references to
 *   `/usr/share/common-licenses/<NAME>`; those are taken, nothing else is guessed.
 * Short names map to SPDX ids where the mapping is exact (GPL-2+ → GPL-2.0-or-later,
 * Expat → MIT); the rest stay named licences.
 */
import { licenceOf, spdxIdOf, uniqueLicences } from '../licences.js';
import type { Licence } from '../model.js';

const DEP5_FORMAT =
  /^format:\s*https?:\/\/(www\.)?debian\.org\/doc\/packaging-manuals\/copyright-format\//im;
const LICENSE_FIELD = /^license:[ \t]*(.*)$/gim;
const COMMON_LICENSE_REFERENCE = /\/usr\/share\/common-licenses\/([0-9A-Za-z_.+-]+)/g;
/** A DEP-5 synopsis joins licences with `or`, `and` and commas (`GPL-2+ or Artistic`). */
const SYNOPSIS_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:or|and)\s+/i;
/** `GPL-2+ with OpenSSL exception`: the exception is dropped, the licence kept. */
const EXCEPTION_SUFFIX = /\s+with\s+.*$/i;

export function isMachineReadableCopyright(text: string): boolean {
  return DEP5_FORMAT.test(text.trimStart().split('\n\n')[0] ?? '');
}

export function licencesFromCopyright(text: string): Licence[] {
  const names = isMachineReadableCopyright(text) ? synopsisNames(text) : commonLicenceNames(text);
  return uniqueLicences(names.map(debianLicence).filter((licence) => licence !== undefined));
}

function synopsisNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(LICENSE_FIELD)) {
    const synopsis = match[1]!.trim();
    for (const part of synopsis.split(SYNOPSIS_SEPARATOR)) {
      const name = part.replace(EXCEPTION_SUFFIX, '').trim();
      if (name !== '') names.push(name);
    }
  }
  return names;
}

function commonLicenceNames(text: string): string[] {
  // Trailing punctuation belongs to the sentence, not the file name ("…/GPL-2'.").
  return [...text.matchAll(COMMON_LICENSE_REFERENCE)].map((match) =>
    match[1]!.replace(/[.]+$/, ''),
  );
}

function debianLicence(name: string): Licence | undefined {
  if (name.toLowerCase() === 'none') return undefined;
  const id = spdxIdOf(name);
  return id ? { spdxId: id } : licenceOf(name);
}
