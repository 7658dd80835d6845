/** Allowed author components and their props — plain data, read by the validator. */

export interface PropRule {
  /** Prop is required. */
  required?: boolean;
  /** Allowed values, when the prop is a choice. */
  values?: readonly string[];
  /** The value must be an https URL on one of these hosts. */
  hosts?: readonly string[];
}

/** Allowed components and their props, as authors write them. */
export const USER_COMPONENTS: Record<string, { description: string; props: Record<string, PropRule> }> = {
  Callout: {
    description: 'Kotak catatan: <Callout type="info" title="Judul">teks</Callout>',
    props: { type: { values: ['info', 'peringatan'] }, title: {} },
  },
  VideoEmbed: {
    description: 'Video YouTube atau Vimeo: <VideoEmbed url="https://www.youtube.com/watch?v=…" title="Judul video" />',
    props: {
      url: { required: true, hosts: ['www.youtube.com', 'youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'vimeo.com', 'player.vimeo.com'] },
      title: { required: true },
    },
  },
};
