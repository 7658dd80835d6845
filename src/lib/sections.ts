/** The level-2 sections of an entry's body — pure, with no dependencies, so the validator, the CSV export and the web editor share it. */

/**
 * Splits an MDX/Markdown body at its level-2 headings ("## Latar belakang").
 * Text before the first heading is dropped (entries have none). Headings keep their spelling;
 * `line` is the heading's 1-based line in the body.
 */
export function splitSections(body: string): { heading: string; markdown: string; line: number }[] {
  const sections: { heading: string; markdown: string; line: number }[] = [];
  let current: { heading: string; lines: string[]; line: number } | undefined;
  let fence = false;
  body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      const m = fence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
      if (m) {
        if (current) sections.push({ heading: current.heading, markdown: current.lines.join('\n').trim(), line: current.line });
        current = { heading: m[1]!.trim(), lines: [], line: i + 1 };
      } else if (current) {
        current.lines.push(line);
      }
    });
  if (current) sections.push({ heading: current.heading, markdown: current.lines.join('\n').trim(), line: current.line });
  return sections;
}
