import type { Language, PageKind } from '@mpb/contracts';

export interface PageTemplate {
  kind: Exclude<PageKind, 'custom'>;
  title: string;
  handle: string;
  /** HTML with `{store}` and `{email}` to fill; sanitised like any page body when stored. */
  body: string;
}

/**
 * Starting points for a store's policies and pages, proposed unpublished in the store's
 * language for the merchant to adapt. They are deliberately plain and say what to check: they
 * are not legal advice, and each store's terms depend on its country and what it sells.
 */
export const pageTemplates: Record<Language, PageTemplate[]> = {
  'pt-BR': [
    {
      kind: 'refund_policy',
      title: 'Política de trocas e devoluções',
      handle: 'politica-de-trocas-e-devolucoes',
      body:
        '<p>Na {store}, você pode desistir da compra em até 7 dias corridos após o recebimento, conforme o Código de Defesa do Consumidor.</p>' +
        '<h2>Como solicitar</h2><p>Escreva para {email} com o número do pedido. O produto deve voltar sem sinais de uso, na embalagem original.</p>' +
        '<h2>Reembolso</h2><p>Depois de recebermos e conferirmos o produto, devolvemos o valor pago pelo mesmo meio de pagamento em até 10 dias úteis.</p>' +
        '<h2>Produtos com defeito</h2><p>Produtos com defeito podem ser trocados em até 90 dias. O frete de devolução fica por nossa conta.</p>',
    },
    {
      kind: 'privacy_policy',
      title: 'Política de privacidade',
      handle: 'politica-de-privacidade',
      body:
        '<p>A {store} trata seus dados pessoais de acordo com a Lei Geral de Proteção de Dados (LGPD).</p>' +
        '<h2>Dados que coletamos</h2><ul><li>Nome, e-mail e endereço de entrega, para processar e entregar seus pedidos.</li><li>Dados de navegação anônimos, para entender como a loja é usada.</li></ul>' +
        '<h2>Pagamentos</h2><p>Os pagamentos são processados pela Stripe; não armazenamos os dados do seu cartão.</p>' +
        '<h2>Seus direitos</h2><p>Você pode pedir acesso, correção ou exclusão dos seus dados pelo e-mail {email}.</p>',
    },
    {
      kind: 'terms_of_service',
      title: 'Termos de uso',
      handle: 'termos-de-uso',
      body:
        '<p>Ao comprar na {store}, você concorda com estes termos.</p>' +
        '<h2>Pedidos e preços</h2><p>Os preços e a disponibilidade podem mudar sem aviso. O pedido só é confirmado após a aprovação do pagamento.</p>' +
        '<h2>Entrega</h2><p>Os prazos de entrega são estimativas e começam a contar após a confirmação do pagamento.</p>' +
        '<h2>Contato</h2><p>Dúvidas sobre estes termos: {email}.</p>',
    },
    {
      kind: 'shipping_policy',
      title: 'Política de envio',
      handle: 'politica-de-envio',
      body:
        '<p>Enviamos os pedidos em até 2 dias úteis após a confirmação do pagamento.</p>' +
        '<h2>Prazos e valores</h2><p>O valor e o prazo do frete aparecem no carrinho, antes do pagamento, para o seu endereço.</p>' +
        '<h2>Rastreamento</h2><p>Assim que o pedido for despachado, você recebe o código de rastreio por e-mail.</p>',
    },
    {
      kind: 'about',
      title: 'Sobre nós',
      handle: 'sobre-nos',
      body:
        '<p>Conte aqui a história da {store}: quem está por trás da loja, o que vocês fazem e por que fazem.</p>' +
        '<p>Os clientes gostam de saber de onde vêm os produtos e o que torna a loja diferente.</p>',
    },
    {
      kind: 'contact',
      title: 'Contato',
      handle: 'contato',
      body:
        '<p>Fale com a {store} pelo e-mail {email}.</p>' +
        '<p>Respondemos de segunda a sexta-feira, em até 1 dia útil.</p>',
    },
    {
      kind: 'faq',
      title: 'Perguntas frequentes',
      handle: 'perguntas-frequentes',
      body:
        '<h2>Quanto tempo leva a entrega?</h2><p>O prazo aparece no carrinho para o seu endereço, antes do pagamento.</p>' +
        '<h2>Quais formas de pagamento são aceitas?</h2><p>Cartões de crédito e os meios mostrados na página de pagamento.</p>' +
        '<h2>Posso trocar um produto?</h2><p>Sim: veja a nossa política de trocas e devoluções.</p>',
    },
  ],
  en: [
    {
      kind: 'refund_policy',
      title: 'Refund policy',
      handle: 'refund-policy',
      body:
        '<p>If you are not happy with your order from {store}, you can return it within 30 days of delivery.</p>' +
        '<h2>How to return</h2><p>Email {email} with your order number. Items must be unused and in their original packaging.</p>' +
        '<h2>Refunds</h2><p>Once we receive and check the item, we refund the amount paid to the original payment method within 10 business days.</p>' +
        '<h2>Damaged items</h2><p>If an item arrives damaged or faulty, contact us and we will replace it at no cost.</p>',
    },
    {
      kind: 'privacy_policy',
      title: 'Privacy policy',
      handle: 'privacy-policy',
      body:
        '<p>This policy explains how {store} collects and uses your personal data.</p>' +
        '<h2>What we collect</h2><ul><li>Your name, email and delivery address, to process and deliver your orders.</li><li>Anonymous browsing data, to understand how the shop is used.</li></ul>' +
        '<h2>Payments</h2><p>Payments are processed by Stripe; we never store your card details.</p>' +
        '<h2>Your rights</h2><p>You can ask to access, correct or delete your data by writing to {email}.</p>',
    },
    {
      kind: 'terms_of_service',
      title: 'Terms of service',
      handle: 'terms-of-service',
      body:
        '<p>By buying from {store} you agree to these terms.</p>' +
        '<h2>Orders and prices</h2><p>Prices and availability may change without notice. An order is confirmed once its payment is approved.</p>' +
        '<h2>Delivery</h2><p>Delivery times are estimates and start once payment is confirmed.</p>' +
        '<h2>Contact</h2><p>Questions about these terms: {email}.</p>',
    },
    {
      kind: 'shipping_policy',
      title: 'Shipping policy',
      handle: 'shipping-policy',
      body:
        '<p>We ship orders within 2 business days of payment.</p>' +
        '<h2>Costs and times</h2><p>The shipping cost and time for your address are shown in the cart before you pay.</p>' +
        '<h2>Tracking</h2><p>As soon as your order ships, we email you its tracking number.</p>',
    },
    {
      kind: 'about',
      title: 'About us',
      handle: 'about-us',
      body:
        '<p>Tell the story of {store} here: who is behind the shop, what you make and why.</p>' +
        '<p>Shoppers like to know where products come from and what makes a shop different.</p>',
    },
    {
      kind: 'contact',
      title: 'Contact',
      handle: 'contact',
      body:
        '<p>You can reach {store} at {email}.</p>' +
        '<p>We answer Monday to Friday, within one business day.</p>',
    },
    {
      kind: 'faq',
      title: 'Frequently asked questions',
      handle: 'faq',
      body:
        '<h2>How long does delivery take?</h2><p>The time for your address is shown in the cart before you pay.</p>' +
        '<h2>Which payment methods do you accept?</h2><p>Cards and the methods shown on the payment page.</p>' +
        '<h2>Can I return an item?</h2><p>Yes: see our refund policy.</p>',
    },
  ],
  es: [
    {
      kind: 'refund_policy',
      title: 'Política de devoluciones',
      handle: 'politica-de-devoluciones',
      body:
        '<p>Si no está satisfecho con su compra en {store}, puede devolverla dentro de los 30 días siguientes a la entrega.</p>' +
        '<h2>Cómo devolver</h2><p>Escriba a {email} con el número de pedido. El producto debe estar sin usar y en su embalaje original.</p>' +
        '<h2>Reembolsos</h2><p>Cuando recibamos y revisemos el producto, reembolsaremos el importe pagado con el mismo medio de pago en un plazo de 10 días hábiles.</p>' +
        '<h2>Productos defectuosos</h2><p>Si un producto llega dañado o defectuoso, contáctenos y lo reemplazaremos sin costo.</p>',
    },
    {
      kind: 'privacy_policy',
      title: 'Política de privacidad',
      handle: 'politica-de-privacidad',
      body:
        '<p>Esta política explica cómo {store} recoge y utiliza sus datos personales.</p>' +
        '<h2>Qué datos recogemos</h2><ul><li>Nombre, correo electrónico y dirección de entrega, para procesar y entregar sus pedidos.</li><li>Datos de navegación anónimos, para entender cómo se usa la tienda.</li></ul>' +
        '<h2>Pagos</h2><p>Los pagos los procesa Stripe; nunca guardamos los datos de su tarjeta.</p>' +
        '<h2>Sus derechos</h2><p>Puede pedir el acceso, la corrección o la eliminación de sus datos escribiendo a {email}.</p>',
    },
    {
      kind: 'terms_of_service',
      title: 'Términos y condiciones',
      handle: 'terminos-y-condiciones',
      body:
        '<p>Al comprar en {store} usted acepta estos términos.</p>' +
        '<h2>Pedidos y precios</h2><p>Los precios y la disponibilidad pueden cambiar sin aviso. Un pedido se confirma cuando se aprueba su pago.</p>' +
        '<h2>Entrega</h2><p>Los plazos de entrega son estimados y empiezan a contar cuando se confirma el pago.</p>' +
        '<h2>Contacto</h2><p>Consultas sobre estos términos: {email}.</p>',
    },
    {
      kind: 'shipping_policy',
      title: 'Política de envíos',
      handle: 'politica-de-envios',
      body:
        '<p>Enviamos los pedidos dentro de los 2 días hábiles siguientes al pago.</p>' +
        '<h2>Costos y plazos</h2><p>El costo y el plazo de envío a su dirección se muestran en el carrito antes de pagar.</p>' +
        '<h2>Seguimiento</h2><p>Cuando despachemos su pedido, le enviaremos el número de seguimiento por correo.</p>',
    },
    {
      kind: 'about',
      title: 'Quiénes somos',
      handle: 'quienes-somos',
      body:
        '<p>Cuente aquí la historia de {store}: quién está detrás de la tienda, qué hacen y por qué.</p>' +
        '<p>A los clientes les gusta saber de dónde vienen los productos y qué hace diferente a la tienda.</p>',
    },
    {
      kind: 'contact',
      title: 'Contacto',
      handle: 'contacto',
      body:
        '<p>Puede escribir a {store} a {email}.</p>' +
        '<p>Respondemos de lunes a viernes, en un día hábil como máximo.</p>',
    },
    {
      kind: 'faq',
      title: 'Preguntas frecuentes',
      handle: 'preguntas-frecuentes',
      body:
        '<h2>¿Cuánto tarda la entrega?</h2><p>El plazo para su dirección se muestra en el carrito antes de pagar.</p>' +
        '<h2>¿Qué medios de pago aceptan?</h2><p>Tarjetas y los medios que se muestran en la página de pago.</p>' +
        '<h2>¿Puedo devolver un producto?</h2><p>Sí: consulte nuestra política de devoluciones.</p>',
    },
  ],
};

/** Where the templates say how to reach the store, until the merchant sets a support email. */
export const missingEmailText: Record<Language, string> = {
  'pt-BR': '[seu e-mail de atendimento]',
  en: '[your support email]',
  es: '[su correo de atención]',
};
