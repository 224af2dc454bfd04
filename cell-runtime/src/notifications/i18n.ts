import { languages, type Language } from '@mpb/contracts';

/**
 * Every string a shopper reads in a notification, per language. Strings are plain text with
 * `{name}` placeholders; the email layout HTML-escapes the finished text, so neither a
 * translation nor a value can inject markup. English is the reference: the other languages must
 * have the same keys (the compiler checks) and the same placeholders (i18n.test.ts checks).
 */
const en = {
  'common.greeting': 'Hello,',
  'common.greetingNamed': 'Hello {name},',
  'common.viewOrder': 'View your order',
  'common.help': 'Questions? Write to us at {email}.',
  'common.orderFooter': 'You received this email because you placed an order at {store}.',

  'summary.item': 'Item',
  'summary.quantity': 'Qty',
  'summary.amount': 'Total',
  'summary.sku': 'SKU {sku}',
  'summary.subtotal': 'Subtotal',
  'summary.discount': 'Discount',
  'summary.discountWithCode': 'Discount ({code})',
  'summary.shipping': 'Shipping',
  'summary.shippingWithMethod': 'Shipping ({method})',
  'summary.tax': 'Tax',
  'summary.total': 'Total',
  'summary.shipTo': 'Shipping to',

  'confirmation.subject': '{store}: order #{number} confirmed',
  'confirmation.heading': 'Thank you for your order!',
  'confirmation.intro':
    'We received your payment for order #{number}, placed on {date}. We will let you know when it ships.',

  'shipped.subject': '{store}: your order #{number} has shipped',
  'shipped.heading': 'Your order is on its way',
  'shipped.intro': 'Order #{number} was handed to {carrier} on {date}.',
  'shipped.carrier': 'Carrier',
  'shipped.trackingNumber': 'Tracking number',

  'refund.subject': '{store}: refund for order #{number}',
  'refund.headingFull': 'Your order was refunded',
  'refund.headingPartial': 'You received a partial refund',
  'refund.introFull': 'We refunded order #{number} in full: {amount}.',
  'refund.introPartial': 'We refunded {amount} of order #{number}.',
  'refund.refundedSoFar': 'Refunded so far: {amount} of {total}.',
  'refund.reason': 'Reason: {reason}',
  'refund.timing':
    'Depending on your bank, it may take a few business days to appear on your statement.',

  'login.subject': '{store}: your sign-in link',
  'login.heading': 'Sign in to your account',
  'login.intro':
    'Use the button below to sign in. The link works once and expires in {minutes} minutes.',
  'login.button': 'Sign in',
  'login.fallback': 'If the button does not work, copy this address into your browser:',
  'login.ignore': 'If you did not ask for this, ignore this email: nobody can sign in without it.',
  'login.footer':
    'You received this email because someone asked to sign in to {store} with this address.',
} as const;

export type MessageKey = keyof typeof en;
type Dictionary = Record<MessageKey, string>;

const ptBR: Dictionary = {
  'common.greeting': 'Olá,',
  'common.greetingNamed': 'Olá, {name},',
  'common.viewOrder': 'Ver meu pedido',
  'common.help': 'Dúvidas? Escreva para {email}.',
  'common.orderFooter': 'Você recebeu este e-mail porque fez um pedido em {store}.',

  'summary.item': 'Produto',
  'summary.quantity': 'Qtd.',
  'summary.amount': 'Total',
  'summary.sku': 'SKU {sku}',
  'summary.subtotal': 'Subtotal',
  'summary.discount': 'Desconto',
  'summary.discountWithCode': 'Desconto ({code})',
  'summary.shipping': 'Frete',
  'summary.shippingWithMethod': 'Frete ({method})',
  'summary.tax': 'Impostos',
  'summary.total': 'Total',
  'summary.shipTo': 'Endereço de entrega',

  'confirmation.subject': '{store}: pedido #{number} confirmado',
  'confirmation.heading': 'Obrigado pela sua compra!',
  'confirmation.intro':
    'Recebemos o pagamento do pedido #{number}, feito em {date}. Avisaremos quando ele for enviado.',

  'shipped.subject': '{store}: seu pedido #{number} foi enviado',
  'shipped.heading': 'Seu pedido está a caminho',
  'shipped.intro': 'O pedido #{number} foi entregue à transportadora {carrier} em {date}.',
  'shipped.carrier': 'Transportadora',
  'shipped.trackingNumber': 'Código de rastreio',

  'refund.subject': '{store}: reembolso do pedido #{number}',
  'refund.headingFull': 'Seu pedido foi reembolsado',
  'refund.headingPartial': 'Você recebeu um reembolso parcial',
  'refund.introFull': 'Reembolsamos o valor total do pedido #{number}: {amount}.',
  'refund.introPartial': 'Reembolsamos {amount} do pedido #{number}.',
  'refund.refundedSoFar': 'Total reembolsado até agora: {amount} de {total}.',
  'refund.reason': 'Motivo: {reason}',
  'refund.timing':
    'Dependendo do seu banco, o valor pode levar alguns dias úteis para aparecer na fatura ou no extrato.',

  'login.subject': '{store}: seu link de acesso',
  'login.heading': 'Entrar na sua conta',
  'login.intro':
    'Use o botão abaixo para entrar. O link só pode ser usado uma vez e expira em {minutes} minutos.',
  'login.button': 'Entrar',
  'login.fallback': 'Se o botão não funcionar, copie este endereço no seu navegador:',
  'login.ignore':
    'Se você não pediu este link, ignore este e-mail: ninguém consegue entrar sem ele.',
  'login.footer':
    'Você recebeu este e-mail porque alguém pediu para entrar em {store} com este endereço.',
};

const es: Dictionary = {
  'common.greeting': 'Hola:',
  'common.greetingNamed': 'Hola, {name}:',
  'common.viewOrder': 'Ver mi pedido',
  'common.help': '¿Preguntas? Escríbenos a {email}.',
  'common.orderFooter': 'Recibiste este correo porque hiciste un pedido en {store}.',

  'summary.item': 'Producto',
  'summary.quantity': 'Cant.',
  'summary.amount': 'Total',
  'summary.sku': 'SKU {sku}',
  'summary.subtotal': 'Subtotal',
  'summary.discount': 'Descuento',
  'summary.discountWithCode': 'Descuento ({code})',
  'summary.shipping': 'Envío',
  'summary.shippingWithMethod': 'Envío ({method})',
  'summary.tax': 'Impuestos',
  'summary.total': 'Total',
  'summary.shipTo': 'Dirección de envío',

  'confirmation.subject': '{store}: pedido #{number} confirmado',
  'confirmation.heading': '¡Gracias por tu compra!',
  'confirmation.intro':
    'Recibimos el pago del pedido #{number}, realizado el {date}. Te avisaremos cuando se envíe.',

  'shipped.subject': '{store}: tu pedido #{number} fue enviado',
  'shipped.heading': 'Tu pedido está en camino',
  'shipped.intro': 'El pedido #{number} se entregó a {carrier} el {date}.',
  'shipped.carrier': 'Transportista',
  'shipped.trackingNumber': 'Número de seguimiento',

  'refund.subject': '{store}: reembolso del pedido #{number}',
  'refund.headingFull': 'Tu pedido fue reembolsado',
  'refund.headingPartial': 'Recibiste un reembolso parcial',
  'refund.introFull': 'Reembolsamos el total del pedido #{number}: {amount}.',
  'refund.introPartial': 'Reembolsamos {amount} del pedido #{number}.',
  'refund.refundedSoFar': 'Reembolsado hasta ahora: {amount} de {total}.',
  'refund.reason': 'Motivo: {reason}',
  'refund.timing':
    'Según tu banco, puede tardar algunos días hábiles en aparecer en tu estado de cuenta.',

  'login.subject': '{store}: tu enlace de acceso',
  'login.heading': 'Inicia sesión en tu cuenta',
  'login.intro':
    'Usa el botón de abajo para iniciar sesión. El enlace funciona una sola vez y caduca en {minutes} minutos.',
  'login.button': 'Iniciar sesión',
  'login.fallback': 'Si el botón no funciona, copia esta dirección en tu navegador:',
  'login.ignore': 'Si no lo pediste, ignora este correo: nadie puede entrar sin el enlace.',
  'login.footer':
    'Recibiste este correo porque alguien pidió entrar en {store} con esta dirección.',
};

export const dictionaries: Record<Language, Dictionary> = { en, 'pt-BR': ptBR, es };

export type MessageParams = Record<string, string | number>;

/** The placeholders a message uses, for the completeness test. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * A message in one language with its placeholders filled, as plain text. A missing parameter is
 * a bug in the template, so it throws instead of mailing a customer a literal `{name}`.
 */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${key} needs the parameter ${name}`);
    return String(value);
  });
}

/** A translator bound to one language, which is what templates pass around. */
export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(language: Language): Translator {
  return (key, params) => translate(language, key, params);
}

/**
 * The language of a message: the order's locale when we have that language (a regional variant
 * such as `es-MX` or `pt` counts), otherwise the store's language, otherwise English.
 */
export function pickLanguage(locale: string | null | undefined, storeLanguage: string): Language {
  return matchLanguage(locale) ?? matchLanguage(storeLanguage) ?? 'en';
}

function matchLanguage(value: string | null | undefined): Language | undefined {
  if (!value) return undefined;
  const normalised = value.trim().replace('_', '-').toLowerCase();
  const exact = languages.find((language) => language.toLowerCase() === normalised);
  if (exact) return exact;
  const base = normalised.split('-')[0];
  return languages.find((language) => language.split('-')[0] === base);
}
