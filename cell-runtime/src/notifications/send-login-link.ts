import { withTenant } from '@mpb/db';
import type { DomainEvent } from '../events';
import { notificationTemplates, type NotifierDeps } from './deps';
import { pickLanguage } from './i18n';
import { createLoginToken, LOGIN_TOKEN_TTL_MINUTES, loginLink } from './login-token';
import { payloadSchemas } from './payloads';
import { insertLoginToken, loadCustomerEmail, loadStore } from './repository';
import { sendEmail } from './send-email';
import { renderMagicLink } from './templates/magic-link';

/**
 * CustomerLoginRequested: makes a sign-in token and emails its link. The token is made inside
 * the delivery, so each attempt that fails leaves no usable token behind, and only its hash is
 * stored: the raw token exists in the email alone, never in the database, logs or the stream.
 */
export async function sendLoginLink(deps: NotifierDeps, event: DomainEvent): Promise<void> {
  const { customerId, returnPath, locale } = payloadSchemas.CustomerLoginRequested.parse(
    event.payload,
  );
  const tenantId = event.tenantId;
  const [store, email] = await Promise.all([
    withTenant(deps.db, tenantId, (trx) => loadStore(trx, tenantId, deps.publicBaseUrl)),
    // The customer's address now, not the one in the event: only the account's owner gets links.
    loadCustomerEmail(deps.db, tenantId, customerId),
  ]);
  if (!store || !email) {
    deps.logger.warn({ event_id: event.id }, 'customer or store not found: no sign-in link sent');
    return;
  }
  await sendEmail(deps, {
    event,
    template: notificationTemplates.customerLogin,
    to: email,
    store,
    async compose(trx) {
      const { token, tokenHash } = createLoginToken();
      await insertLoginToken(trx, {
        tenantId,
        customerId,
        tokenHash,
        ttlMinutes: LOGIN_TOKEN_TTL_MINUTES,
      });
      return renderMagicLink({
        store,
        language: pickLanguage(locale, store.language),
        link: loginLink(store.url, token, returnPath),
        expiresInMinutes: LOGIN_TOKEN_TTL_MINUTES,
      });
    },
  });
}
