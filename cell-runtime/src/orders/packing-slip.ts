import { languages, type Language } from '@mpb/contracts';
import { escapeHtml, formatDate } from '../notifications/format';

const messages: Record<
  Language,
  {
    title: string;
    order: string;
    date: string;
    shipTo: string;
    shippingMethod: string;
    item: string;
    sku: string;
    quantity: string;
    totalUnits: string;
    noAddress: string;
  }
> = {
  'pt-BR': {
    title: 'Romaneio de envio',
    order: 'Pedido',
    date: 'Data do pedido',
    shipTo: 'Enviar para',
    shippingMethod: 'Forma de envio',
    item: 'Item',
    sku: 'SKU',
    quantity: 'Qtd.',
    totalUnits: 'Total de unidades',
    noAddress: 'Sem endereço de entrega',
  },
  en: {
    title: 'Packing slip',
    order: 'Order',
    date: 'Order date',
    shipTo: 'Ship to',
    shippingMethod: 'Shipping method',
    item: 'Item',
    sku: 'SKU',
    quantity: 'Qty',
    totalUnits: 'Total units',
    noAddress: 'No shipping address',
  },
  es: {
    title: 'Lista de empaque',
    order: 'Pedido',
    date: 'Fecha del pedido',
    shipTo: 'Enviar a',
    shippingMethod: 'Método de envío',
    item: 'Artículo',
    sku: 'SKU',
    quantity: 'Cant.',
    totalUnits: 'Total de unidades',
    noAddress: 'Sin dirección de envío',
  },
};

export interface PackingSlipInput {
  storeName: string;
  /** The store's language; anything we do not translate falls back to English. */
  language: string;
  timeZone: string;
  order: {
    number: number;
    placedAt: Date;
    shippingMethod: string | null;
    shippingAddress: Partial<
      Record<
        'name' | 'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'country' | 'phone',
        string
      >
    > | null;
    lines: { title: string; sku: string | null; quantity: number }[];
  };
}

export const slipLanguage = (language: string): Language =>
  (languages as readonly string[]).includes(language) ? (language as Language) : 'en';

function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function addressLines(
  address: NonNullable<PackingSlipInput['order']['shippingAddress']>,
  language: Language,
): string[] {
  const cityLine = [address.postalCode, address.city, address.region?.replace(/^[A-Z]{2}-/, '')]
    .filter(Boolean)
    .join(' ');
  return [
    address.name,
    address.line1,
    address.line2,
    cityLine,
    address.country ? countryName(address.country, language) : undefined,
    address.phone,
  ].filter((line): line is string => Boolean(line));
}

const styles = `
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 0; }
  main { max-width: 780px; margin: 24px auto; padding: 0 24px; }
  header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #111; padding-bottom: 8px; }
  h1 { font-size: 22px; margin: 0; }
  h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; margin: 20px 0 4px; color: #444; }
  .meta { text-align: right; }
  .meta strong { font-size: 18px; }
  address { font-style: normal; }
  table { width: 100%; border-collapse: collapse; margin-top: 16px; }
  th, td { text-align: left; padding: 8px 6px; border-bottom: 1px solid #ccc; vertical-align: top; }
  th { font-size: 12px; text-transform: uppercase; color: #444; }
  td.qty, th.qty { text-align: right; width: 4.5em; }
  td.sku, th.sku { width: 11em; font-family: ui-monospace, Menlo, Consolas, monospace; }
  tfoot td { font-weight: 600; border-bottom: none; }
  @media print {
    @page { margin: 12mm; }
    body { font-size: 11pt; }
    main { margin: 0; padding: 0; max-width: none; }
    tr { break-inside: avoid; }
  }
`;

/**
 * The packing slip of an order as a print-ready HTML page: what goes in the box and where it
 * goes, no prices. Every value from the order or the store is escaped.
 */
export function renderPackingSlip(input: PackingSlipInput): string {
  const language = slipLanguage(input.language);
  const t = messages[language];
  const { order } = input;
  const e = escapeHtml;
  const address = order.shippingAddress ? addressLines(order.shippingAddress, language) : [];
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const rows = order.lines
    .map(
      (line) =>
        `<tr><td>${e(line.title)}</td><td class="sku">${e(line.sku ?? '—')}</td><td class="qty">${line.quantity}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${e(language)}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${e(`${t.title} · ${t.order} #${order.number} · ${input.storeName}`)}</title>
<style>${styles}</style>
</head>
<body>
<main>
<header>
<div><h1>${e(input.storeName)}</h1><div>${e(t.title)}</div></div>
<div class="meta"><strong>${e(t.order)} #${order.number}</strong><br>${e(t.date)}: ${e(formatDate(order.placedAt, language, input.timeZone))}</div>
</header>
<section>
<h2>${e(t.shipTo)}</h2>
<address>${address.length > 0 ? address.map(e).join('<br>') : e(t.noAddress)}</address>
${order.shippingMethod ? `<h2>${e(t.shippingMethod)}</h2><div>${e(order.shippingMethod)}</div>` : ''}
</section>
<table>
<thead><tr><th>${e(t.item)}</th><th class="sku">${e(t.sku)}</th><th class="qty">${e(t.quantity)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><td colspan="2">${e(t.totalUnits)}</td><td class="qty">${units}</td></tr></tfoot>
</table>
</main>
</body>
</html>
`;
}
