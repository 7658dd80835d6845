/**
 * The content check of content-guard, run in a worker thread so that it uses the second core
 * while Astro syncs the collections on the first (see content-guard.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { contentPaths, validateContentAndDocuments } from '../validation/content.ts';
import { previousFrontmatter } from '../validation/changed.ts';

const { root, contentDir, only, quickRest, mergeBase } = workerData as { root: string; contentDir: string; only?: string[]; quickRest: boolean; mergeBase?: string };
const previous = mergeBase ? (file: string) => previousFrontmatter(root, mergeBase, file) : undefined;
parentPort!.postMessage(await validateContentAndDocuments(contentPaths(root, contentDir), only, { quickRest, ...(previous ? { previous } : {}) }));
