/** Small, pure helpers for HTTP headers and URLs: flattening, redaction for logs, Link parsing. */

/** Header values safe to print: credentials replaced, only an auth scheme name kept. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (/^(proxy-)?authorization$/i.test(name)) {
      const scheme = /^(Basic|Bearer)\s/i.exec(value)?.[1];
      redacted[name] = scheme ? `${scheme} <redacted>` : '<redacted>';
    } else if (/^(set-)?cookie$/i.test(name)) {
      redacted[name] = '<redacted>';
    } else {
      redacted[name] = value;
    }
  }
  return redacted;
}

export function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** The `rel="next"` target of an RFC 8288 Link header. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match?.[1] && /;\s*rel="?([^";]*\s)?next(\s[^";]*)?"?/i.test(match[2] ?? ''))
      return match[1];
  }
  return undefined;
}

const SECRET_QUERY = /sig|signature|token|credential|key|auth|secret|password/i;

/** A URL safe to log: values of signature-like query parameters (presigned storage URLs) replaced. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  let changed = false;
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_QUERY.test(name)) {
      parsed.searchParams.set(name, '<redacted>');
      changed = true;
    }
  }
  return changed ? parsed.toString() : url;
}
