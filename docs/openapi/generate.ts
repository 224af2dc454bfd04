import { cellOpenApi } from '@mpb/cell-runtime';
import { controlPlaneOpenApi } from '@mpb/control-plane';

/** The two public API documents, as served at /api/v1/openapi.json on each kind of host. */
export function openApiDocuments(): Record<'platform' | 'store', Record<string, unknown>> {
  return {
    platform: controlPlaneOpenApi('https://marketplace.example'),
    store: cellOpenApi(),
  };
}
