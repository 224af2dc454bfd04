import type { MediaView, UpdateMediaBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { announceImagesChanged } from './announce';
import { updateMediaRow } from './repository';
import { toMediaView, type MediaUrlOptions } from './views';

/** Changes the alt text or position of an image; other images keep their positions. */
export async function updateMedia(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    mediaId: string;
    body: UpdateMediaBody;
    urls: MediaUrlOptions;
  },
): Promise<MediaView> {
  const row = await withTenant(db, input.tenantId, async (trx) => {
    const updated = await updateMediaRow(trx, input.mediaId, input.body);
    if (!updated) throw AppError.notFound('Image');
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'media.updated',
      targetType: 'media',
      targetId: updated.id,
      data: input.body,
    });
    await announceImagesChanged(trx, updated.product_id);
    return updated;
  });
  return toMediaView(row, input.urls);
}
