/**
 * Safe MDX: an entry's body is narrative, not a program. Finds import/export,
 * {…} expressions, unknown or dangerous elements, on…= attributes and unsafe links.
 * Used by the validator (and so by the build, through content-guard) and by the
 * remark plugin that runs inside the MDX compiler.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { USER_COMPONENTS } from '../user-components/rules.ts';
import { mdxErrorMessage } from './parser-messages.ts';

export interface BodyProblem {
  line?: number;
  message: string;
}

const DANGEROUS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base', 'svg', 'math']);
/** Harmless inline HTML authors may use. */
const INLINE_OK = new Set(['br', 'sup', 'sub', 'abbr', 'mark', 'small', 'kbd']);
const allowedList = () => Object.keys(USER_COMPONENTS).join(', ');

/** Why a link target is unsafe, or undefined. https, mailto: and #anchors are fine. */
export function unsafeUrl(url: string): string | undefined {
  const u = url.trim().replace(/[\u0000-\u001f\s]+/g, '').toLowerCase();
  if (/^(javascript|vbscript|data):/.test(u)) return `tautan "${url}" berbahaya (${u.split(':')[0]}:) dan tidak diizinkan; hapus tautan itu.`;
  if (u.startsWith('#') || u.startsWith('mailto:') || u.startsWith('https://')) return undefined;
  if (u.startsWith('http://')) return `tautan "${url}" tidak aman (http); gunakan alamat yang diawali https://.`;
  return `tautan "${url}" bukan alamat web lengkap; tulis alamat lengkap yang diawali https://.`;
}

function isComment(value: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
}

function checkComponent(name: string, attributes: unknown[], line: number | undefined, out: BodyProblem[]) {
  const lower = name.toLowerCase();
  if (DANGEROUS.has(lower)) {
    out.push({ line, message: `elemen <${name}> tidak diizinkan di isi entri (keamanan). Hapus elemen itu; untuk video gunakan <VideoEmbed url="…" title="…" />.` });
    return;
  }
  const rule = USER_COMPONENTS[name];
  if (!rule && !INLINE_OK.has(lower)) {
    out.push({ line, message: `komponen <${name}> tidak dikenal. Komponen yang boleh dipakai: ${allowedList()}. Selain itu, tulis teks Markdown biasa.` });
    return;
  }
  const given = new Set<string>();
  for (const attr of attributes as { type: string; name?: string; value?: unknown }[]) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      out.push({ line, message: `<${name}> memakai atribut {…}; tulis atribut sebagai teks, mis. title="Judul".` });
      continue;
    }
    const attrName = attr.name ?? '';
    given.add(attrName);
    if (/^on/i.test(attrName)) {
      out.push({ line, message: `atribut ${attrName}= pada <${name}> tidak diizinkan (menjalankan kode). Hapus atribut itu.` });
      continue;
    }
    if (attr.value && typeof attr.value === 'object') {
      out.push({ line, message: `atribut ${attrName} pada <${name}> berisi {…}; tulis nilainya sebagai teks dalam tanda kutip.` });
      continue;
    }
    const value = typeof attr.value === 'string' ? attr.value : '';
    if (/^(href|src|url|action|formaction|xlink:href)$/i.test(attrName)) {
      const problem = unsafeUrl(value);
      if (problem) out.push({ line, message: problem });
    }
    if (!rule) {
      if (attrName !== 'title') out.push({ line, message: `atribut ${attrName} pada <${name}> tidak diizinkan.` });
      continue;
    }
    const prop = rule.props[attrName];
    if (!prop) {
      out.push({ line, message: `<${name}> tidak punya atribut "${attrName}"; yang tersedia: ${Object.keys(rule.props).join(', ')}.` });
      continue;
    }
    if (prop.values && !prop.values.includes(value)) {
      out.push({ line, message: `atribut ${attrName} pada <${name}> bernilai "${value}"; pilih salah satu: ${prop.values.join(', ')}.` });
    }
    if (prop.hosts) {
      let host = '';
      try {
        const u = new URL(value);
        host = u.protocol === 'https:' ? u.hostname : '';
      } catch {
        /* reported below */
      }
      if (!prop.hosts.includes(host)) {
        out.push({ line, message: `atribut ${attrName} pada <${name}> bernilai "${value}"; hanya alamat https dari ${prop.hosts.join(', ')} yang diizinkan.` });
      }
    }
  }
  if (rule) {
    for (const [prop, r] of Object.entries(rule.props)) {
      if (r.required && !given.has(prop)) out.push({ line, message: `<${name}> memerlukan atribut ${prop}="…".` });
    }
  }
}

/** Problems in an already-parsed tree (from remark-parse, with or without remark-mdx). */
export function findUnsafe(tree: Root): BodyProblem[] {
  const out: BodyProblem[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        out.push({ line, message: 'pernyataan import/export tidak diizinkan di entri. Hapus baris itu; komponen yang boleh dipakai sudah tersedia tanpa import.' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment((node as { value: string }).value)) {
          out.push({ line, message: 'ekspresi {…} tidak diizinkan di entri (isi entri adalah teks, bukan kode). Hapus kurung kurawalnya, atau tulis \\{ bila memang ingin menampilkan tanda kurung kurawal.' });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const el = node as { name: string | null; attributes: unknown[] };
        if (!el.name) out.push({ line, message: 'fragmen <>…</> tidak diizinkan; tulis teks biasa.' });
        else checkComponent(el.name, el.attributes, line, out);
        break;
      }
      case 'html': {
        const value = (node as { value: string }).value;
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(value)) {
          const tag = /<\s*([a-zA-Z][\w-]*)/.exec(value)?.[1] ?? 'HTML';
          out.push({ line, message: `HTML mentah (<${tag}>) tidak diizinkan di entri .md; tulis dengan Markdown biasa.` });
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const problem = unsafeUrl((node as { url: string }).url);
        if (problem) out.push({ line, message: problem });
        break;
      }
    }
  });
  return out;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);
const mdParser = unified().use(remarkParse);

/**
 * Parses a body and returns its safety problems. Lines are relative to the body;
 * pass `lineOffset` (frontmatter lines) to get file lines.
 */
export function checkBody(body: string, kind: 'mdx' | 'md', lineOffset = 0): BodyProblem[] {
  // Fast path: a body with no markup that could carry code or a link (no <, {, import/export
  // line, link or reference definition) cannot break a rule, so it is not parsed.
  if (!/[<{]|^\s*(?:import|export)\b|\]\(|\]:|https?:|javascript:/im.test(body)) return [];
  let tree: Root;
  try {
    tree = (kind === 'mdx' ? mdxParser : mdParser).parse(body) as Root;
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    // Some micromark errors carry their place only in the reason: "… (3:1-3:5)".
    const line = err.line ?? err.place?.line ?? err.place?.start?.line ?? (Number(/\((\d+):\d+(?:-\d+:\d+)?\)/.exec(err.reason ?? err.message)?.[1]) || undefined);
    return [{ line: line === undefined ? undefined : line + lineOffset, message: `isi MDX tidak dapat dibaca: ${mdxErrorMessage(err.reason ?? err.message)}` }];
  }
  return findUnsafe(tree).map((p) => ({ ...p, line: p.line === undefined ? undefined : p.line + lineOffset }));
}

/** Remark plugin for the MDX compiler: refuses an unsafe entry inside the real build. */
export function remarkSafeContent() {
  return (tree: Root, file: { path?: string; fail: (reason: string, options?: unknown) => never }) => {
    const problems = findUnsafe(tree);
    if (problems.length) {
      const where = file.path ?? 'entri';
      file.fail(`Isi entri tidak aman — ${where}:\n${problems.map((p) => `  baris ${p.line ?? '?'}: ${p.message}`).join('\n')}`);
    }
  };
}
