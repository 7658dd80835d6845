/**
 * The only components authors may use inside an entry's body. They reach MDX through
 * `<Content components={userComponents} />`; entries never `import` anything.
 * Each rule here is checked by the validator (src/validation/safe-content.ts).
 */
import Callout from './Callout.astro';
import VideoEmbed from './VideoEmbed.astro';
export { USER_COMPONENTS } from './rules.ts';

export const userComponents = { Callout, VideoEmbed };

