/** Files the web editor's practice mode wrote: Sveltia's test backend keeps them in the browser's origin-private file system. */
import type { Page } from 'playwright-core';
import { PRACTICE_FS_ROOT } from '../../src/integrations/cms-admin.ts';

/** The bytes of a file the practice editor saved (path relative to the repository), or null. */
export function practiceBytes(page: Page, path: string): Promise<number[] | null> {
  return page.evaluate(
    async ([root, p]) => {
      try {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(root);
        const parts = p.split('/');
        const name = parts.pop()!;
        for (const part of parts) dir = await dir.getDirectoryHandle(part);
        return [...new Uint8Array(await (await (await dir.getFileHandle(name)).getFile()).arrayBuffer())];
      } catch {
        return null;
      }
    },
    [PRACTICE_FS_ROOT, path] as const,
  );
}

/** The text of a file the practice editor saved, or null. */
export async function practiceText(page: Page, path: string): Promise<string | null> {
  const bytes = await practiceBytes(page, path);
  return bytes ? new TextDecoder().decode(new Uint8Array(bytes)) : null;
}
