import type { HelpArticle } from '../article';

export const shippingAndTaxes: HelpArticle = {
  slug: 'shipping-and-taxes',
  category: 'shipping',
  updatedAt: '2025-06-01',
  text: {
    en: {
      title: 'Shipping rates and taxes',
      summary:
        'The defaults proposed for your country, and how to change zones, rates and tax mode.',
      body: `In the *Shipping and taxes* step the wizard proposes defaults for your country: usually a **flat domestic rate** plus **free shipping over an amount**, and the usual **tax mode**. Accept them or edit the numbers before saving; you can change everything later under Settings.

**Shipping zones.** A zone is a set of countries (and optionally regions) with its own rates. Customers see the rates of the zone that matches their address at checkout. Add a zone for each area you ship to; addresses outside every zone cannot check out.

**Rates.** Each rate has a name customers see (for example *Standard*), a price, and optionally a minimum order amount from which it applies, which is how free shipping over an amount works.

**Taxes.** Choose whether your prices *include* tax (common in Brazil and Europe) or tax is *added* at checkout (common in the United States). Add tax rates per country or region as your accountant advises; the platform calculates them but does not file them for you.`,
    },
    'pt-BR': {
      title: 'Fretes e impostos',
      summary:
        'Os padrões sugeridos para o seu país e como mudar zonas, fretes e o modo de imposto.',
      body: `Na etapa *Frete e impostos* o assistente sugere padrões para o seu país: normalmente um **frete fixo nacional** mais **frete grátis acima de um valor**, e o **modo de imposto** usual. Aceite ou ajuste os valores antes de salvar; tudo pode ser mudado depois em Configurações.

**Zonas de entrega.** Uma zona é um conjunto de países (e, se quiser, estados) com fretes próprios. No checkout o cliente vê os fretes da zona que corresponde ao endereço. Crie uma zona para cada região atendida; endereços fora de todas as zonas não conseguem finalizar a compra.

**Fretes.** Cada frete tem um nome que o cliente vê (por exemplo *Padrão*), um preço e, se quiser, um valor mínimo de pedido a partir do qual vale, que é como funciona o frete grátis acima de um valor.

**Impostos.** Escolha se os preços *já incluem* impostos (comum no Brasil e na Europa) ou se o imposto é *somado* no checkout (comum nos Estados Unidos). Cadastre alíquotas por país ou estado conforme orientação do seu contador; a plataforma calcula, mas não faz o recolhimento por você.`,
    },
    es: {
      title: 'Envíos e impuestos',
      summary:
        'Los valores propuestos para tu país y cómo cambiar zonas, tarifas y el modo de impuestos.',
      body: `En el paso *Envíos e impuestos* el asistente propone valores para tu país: normalmente una **tarifa nacional fija** más **envío gratis a partir de un monto**, y el **modo de impuestos** habitual. Acéptalos o ajusta los números antes de guardar; todo se puede cambiar después en Configuración.

**Zonas de envío.** Una zona es un conjunto de países (y opcionalmente regiones) con sus propias tarifas. En el pago el cliente ve las tarifas de la zona que coincide con su dirección. Crea una zona por cada área a la que envías; las direcciones fuera de toda zona no pueden finalizar la compra.

**Tarifas.** Cada tarifa tiene un nombre que ve el cliente (por ejemplo *Estándar*), un precio y, opcionalmente, un monto mínimo de pedido desde el que aplica, que es como funciona el envío gratis a partir de un monto.

**Impuestos.** Elige si tus precios *incluyen* impuestos (habitual en Brasil y Europa) o si el impuesto se *suma* al pagar (habitual en Estados Unidos). Agrega tasas por país o región según te indique tu contador; la plataforma las calcula pero no las declara por ti.`,
    },
  },
};
