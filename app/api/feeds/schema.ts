import { z } from 'zod';
import { correctionId } from '@/lib/server/route-params';
import { safeText } from '@/lib/server/safe-text';

/** POST /api/feeds: the address of an RSS or Atom feed to follow. */
export const addFeedSchema = z
  .object({
    url: safeText()
      .trim()
      .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address (https://…)' }).max(2000, 'must be at most 2,000 characters')),
  })
  .strict();

/** A feed's id is a database integer, as a correction's is. */
export const feedParams = z.object({ feedId: correctionId });
