/**
 * The content check of content-guard, run in a worker thread so that it uses the second core
 * while Astro syncs the collections on the first (see content-guard.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { contentPaths, validateContentAndDocuments } from '../validation/content.ts';

const { root, contentDir, only, quickRest } = workerData as { root: string; contentDir: string; only?: string[]; quickRest: boolean };
parentPort!.postMessage(await validateContentAndDocuments(contentPaths(root, contentDir), only, { quickRest }));
