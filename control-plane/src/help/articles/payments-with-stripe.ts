import type { HelpArticle } from '../article';

export const paymentsWithStripe: HelpArticle = {
  slug: 'payments-with-stripe',
  category: 'payments',
  updatedAt: '2025-06-01',
  text: {
    en: {
      title: 'Taking payments with Stripe',
      summary: 'Connect your own Stripe account, what test mode means, and when money arrives.',
      body: `Your store takes card payments through **your own Stripe account**: customers pay you directly, and Stripe pays out to your bank account.

**Connecting.** In the Payments step (or later under Integrations) choose *Connect Stripe*. You are sent to Stripe to create or link an account and give your business and bank details, then brought back. Until Stripe confirms that the account can take charges, the store shows a *test mode* banner and checkout is not available to customers.

**After connecting.** Stripe may ask for more documents later; the Integrations page shows the account's status. Every order records its payment, and refunds made from the order page go back to the customer's card through Stripe.

**Good to know**
- Prices are charged in the store's currency.
- Stripe's fees are charged by Stripe; payouts follow the schedule in your Stripe dashboard.
- If a payment fails or is disputed, you see it on the order and in Stripe.`,
    },
    'pt-BR': {
      title: 'Recebendo pagamentos com o Stripe',
      summary:
        'Conecte sua própria conta Stripe, entenda o modo de teste e quando o dinheiro chega.',
      body: `Sua loja recebe pagamentos com cartão pela **sua própria conta Stripe**: o cliente paga diretamente a você, e o Stripe repassa para a sua conta bancária.

**Como conectar.** Na etapa Pagamentos (ou depois em Integrações) escolha *Conectar Stripe*. Você vai ao Stripe para criar ou vincular uma conta e informar os dados da empresa e do banco, e depois volta. Até o Stripe confirmar que a conta pode receber cobranças, a loja mostra um aviso de *modo de teste* e o checkout não fica disponível para os clientes.

**Depois de conectar.** O Stripe pode pedir mais documentos depois; a página Integrações mostra a situação da conta. Cada pedido registra o pagamento, e os reembolsos feitos na página do pedido voltam ao cartão do cliente pelo Stripe.

**Bom saber**
- Os preços são cobrados na moeda da loja.
- As tarifas do Stripe são cobradas pelo Stripe; os repasses seguem o calendário do seu painel Stripe.
- Se um pagamento falhar ou for contestado, você vê isso no pedido e no Stripe.`,
    },
    es: {
      title: 'Cobrar con Stripe',
      summary:
        'Conecta tu propia cuenta de Stripe, qué significa el modo de prueba y cuándo llega el dinero.',
      body: `Tu tienda cobra con tarjeta a través de **tu propia cuenta de Stripe**: el cliente te paga directamente y Stripe transfiere a tu cuenta bancaria.

**Cómo conectar.** En el paso Pagos (o después en Integraciones) elige *Conectar Stripe*. Vas a Stripe para crear o vincular una cuenta e indicar los datos de tu empresa y tu banco, y luego vuelves. Hasta que Stripe confirme que la cuenta puede cobrar, la tienda muestra un aviso de *modo de prueba* y el pago no está disponible para los clientes.

**Después de conectar.** Stripe puede pedir más documentos más adelante; la página Integraciones muestra el estado de la cuenta. Cada pedido registra su pago, y los reembolsos hechos desde la página del pedido vuelven a la tarjeta del cliente a través de Stripe.

**Conviene saber**
- Los precios se cobran en la moneda de la tienda.
- Las comisiones las cobra Stripe; las transferencias siguen el calendario de tu panel de Stripe.
- Si un pago falla o se disputa, lo ves en el pedido y en Stripe.`,
    },
  },
};
