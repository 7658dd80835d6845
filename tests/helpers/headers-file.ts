/**
 * Reads a _headers file the way Cloudflare Pages does: rules in order, each path pattern
 * ("*" = any characters) sets its headers; "! Name" detaches a header an earlier rule set.
 * Written from the format's documentation, not from the renderer, so tests can hold the
 * renderer and the servers to what the file promises.
 */
export interface ParsedRule {
  path: string;
  detach: string[];
  set: [string, string][];
}

export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), detach: [], set: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const body = line.trim();
    if (body.startsWith('!')) rule.detach.push(body.slice(1).trim().toLowerCase());
    else {
      const at = body.indexOf(':');
      rule.set.push([body.slice(0, at).trim().toLowerCase(), body.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) => new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

/** Headers (lower-case names) the file promises for a URL path. */
export function promised(rules: ParsedRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.path, pathname)) continue;
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.set) {
      if (out[name] !== undefined) throw new Error(`${rule.path} sets ${name} a second time without "! ${name}"`);
      out[name] = value;
    }
  }
  return out;
}
