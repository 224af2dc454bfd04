import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import { announceProductChange } from './product-input';
import { findProduct } from './repository';
import { deleteTranslation } from './translation-repository';

/**
 * Removes the product's translation into `language`: shoppers then read its own texts. Removing
 * one that is not there is done already (a retried request succeeds); only the product must be
 * the store's. Audited and announced only when something was removed.
 */
export async function deleteProductTranslation(
  db: Knex,
  input: { tenantId: string; memberId: string; productId: string; language: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    const product = await findProduct(trx, input.productId, { forUpdate: true });
    if (!product) throw AppError.notFound('Product');
    if (!(await deleteTranslation(trx, product.id, input.language))) return;
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'product.translation_deleted',
      targetType: 'product',
      targetId: product.id,
      data: { language: input.language },
    });
    await announceProductChange(trx, 'ProductUpdated', product);
  });
}
