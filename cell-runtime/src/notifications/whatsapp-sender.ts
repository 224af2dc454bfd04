import type { Language } from '@mpb/contracts';

/** A templated WhatsApp message; the provider holds the approved template text per language. */
export interface WhatsAppMessage {
  /** E.164, for example `+5511987654321`. */
  to: string;
  template: string;
  language: Language;
  parameters: string[];
}

export interface WhatsAppSender {
  send(message: WhatsAppMessage): Promise<void>;
}

export interface WhatsAppSenderOptions {
  apiUrl: string | undefined;
  apiToken: string | undefined;
  timeoutMs?: number;
}

/**
 * The WhatsApp provider adapter: `POST <apiUrl>` with the message as JSON and
 * `Authorization: Bearer <token>`. Returns undefined unless both the URL and the token are set,
 * which is how the channel stays off by default.
 */
export function createWhatsAppSender(options: WhatsAppSenderOptions): WhatsAppSender | undefined {
  const { apiUrl, apiToken } = options;
  if (!apiUrl || !apiToken) return undefined;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(message) {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Read the body either way so the connection is released; keep a little for the error.
      const body = await response.text().catch(() => '');
      if (!response.ok) {
        throw new Error(`WhatsApp provider answered ${response.status}: ${body.slice(0, 200)}`);
      }
    },
  };
}

/**
 * The phone in E.164 form, or undefined. Shoppers type spaces, dashes, dots and parentheses;
 * those are dropped. A number without its `+country` prefix is refused rather than guessed.
 */
export function toE164(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const compact = phone.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{6,14}$/.test(compact) ? compact : undefined;
}
