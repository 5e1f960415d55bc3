import type { AstroIntegration } from 'astro';
import { publicAddress } from '../lib/site.ts';

/**
 * Says once, at the start of a build, when the site is built without its public address (`SITE_URL`): the
 * downloads then print no address at all, and canonical, hreflang and sitemap links use a placeholder.
 */
export default function publicAddressNotice(): AstroIntegration {
  return {
    name: 'signaal:public-address',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' || publicAddress(config.site)) return;
        logger.warn(
          `Building without a public address: SITE_URL is not set. Downloads print no web address; canonical, hreflang and sitemap links point to ${config.site}. Set SITE_URL (e.g. SITE_URL=https://example.org) for a build you publish.`,
        );
      },
    },
  };
}
