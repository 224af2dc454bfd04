import { black, colours, t, white, type SampleProduct } from './types';

export const food: SampleProduct[] = [
  {
    key: 'specialty-coffee',
    title: t('Café especial em grãos', 'Specialty coffee beans', 'Café de especialidad en grano'),
    description: t(
      'Torra média, notas de chocolate e caramelo. Pacote de 250 g.',
      'Medium roast with notes of chocolate and caramel. 250 g bag.',
      'Tueste medio, notas de chocolate y caramelo. Bolsa de 250 g.',
    ),
    usdCents: 1490,
    weightGrams: 280,
    axis: {
      name: t('Moagem', 'Grind', 'Molienda'),
      values: [
        { label: t('Em grãos', 'Whole bean', 'En grano') },
        { label: t('Moído para coador', 'Ground for filter', 'Molido para filtro') },
        { label: t('Moído para espresso', 'Ground for espresso', 'Molido para espresso') },
      ],
    },
  },
  {
    key: 'dark-chocolate',
    title: t('Chocolate 70% cacau', '70% dark chocolate', 'Chocolate 70% cacao'),
    description: t(
      'Barra de 100 g feita com cacau de origem única.',
      '100 g bar made with single-origin cacao.',
      'Tableta de 100 g elaborada con cacao de origen único.',
    ),
    usdCents: 590,
    weightGrams: 110,
  },
  {
    key: 'olive-oil',
    title: t('Azeite extravirgem', 'Extra virgin olive oil', 'Aceite de oliva virgen extra'),
    description: t(
      'Prensado a frio, acidez até 0,3%. Garrafa de 500 ml.',
      'Cold-pressed, acidity up to 0.3%. 500 ml bottle.',
      'Prensado en frío, acidez hasta 0,3%. Botella de 500 ml.',
    ),
    usdCents: 1890,
    weightGrams: 900,
  },
  {
    key: 'honey',
    title: t('Mel silvestre', 'Wildflower honey', 'Miel silvestre'),
    description: t(
      'Puro, pote de vidro de 400 g.',
      'Pure, 400 g glass jar.',
      'Pura, frasco de vidrio de 400 g.',
    ),
    usdCents: 1190,
    compareAtUsdCents: 1490,
    weightGrams: 550,
  },
  {
    key: 'granola',
    title: t('Granola artesanal', 'Artisan granola', 'Granola artesanal'),
    description: t(
      'Aveia, castanhas e frutas secas, sem açúcar refinado. 300 g.',
      'Oats, nuts and dried fruit, no refined sugar. 300 g.',
      'Avena, frutos secos y fruta deshidratada, sin azúcar refinado. 300 g.',
    ),
    usdCents: 890,
    weightGrams: 320,
  },
  {
    key: 'tea-sampler',
    title: t('Caixa degustação de chás', 'Tea sampler box', 'Caja degustación de tés'),
    description: t(
      'Seis chás de folhas inteiras, 20 g cada.',
      'Six whole-leaf teas, 20 g each.',
      'Seis tés de hoja entera, 20 g cada uno.',
    ),
    usdCents: 2490,
    weightGrams: 250,
  },
];

export const services: SampleProduct[] = [
  {
    key: 'consultation',
    title: t('Consultoria de 1 hora', 'One-hour consultation', 'Consultoría de 1 hora'),
    description: t(
      'Uma sessão online para entender sua necessidade e propor um plano.',
      'An online session to understand your needs and propose a plan.',
      'Una sesión en línea para entender su necesidad y proponer un plan.',
    ),
    usdCents: 9000,
    weightGrams: 0,
  },
  {
    key: 'gift-card',
    title: t('Vale-presente', 'Gift card', 'Tarjeta regalo'),
    description: t(
      'Enviado por e-mail, válido por 12 meses.',
      'Sent by email, valid for 12 months.',
      'Enviada por correo electrónico, válida durante 12 meses.',
    ),
    usdCents: 2500,
    weightGrams: 0,
    axis: {
      name: t('Valor', 'Amount', 'Importe'),
      values: [
        { label: t('Básico', 'Basic', 'Básico') },
        { label: t('Plus', 'Plus', 'Plus'), extraUsdCents: 2500 },
        { label: t('Premium', 'Premium', 'Premium'), extraUsdCents: 7500 },
      ],
    },
  },
  {
    key: 'workshop',
    title: t('Workshop em grupo', 'Group workshop', 'Taller en grupo'),
    description: t(
      'Três horas de atividade prática, com material incluso.',
      'Three hours of hands-on practice, materials included.',
      'Tres horas de práctica, con materiales incluidos.',
    ),
    usdCents: 6000,
    weightGrams: 0,
  },
  {
    key: 'monthly-plan',
    title: t(
      'Plano mensal de acompanhamento',
      'Monthly coaching plan',
      'Plan mensual de acompañamiento',
    ),
    description: t(
      'Quatro encontros por mês e suporte por mensagem.',
      'Four meetings a month and message support.',
      'Cuatro encuentros al mes y soporte por mensaje.',
    ),
    usdCents: 19900,
    compareAtUsdCents: 24900,
    weightGrams: 0,
  },
  {
    key: 'express-review',
    title: t('Revisão expressa', 'Express review', 'Revisión exprés'),
    description: t(
      'Entrega em até 48 horas.',
      'Delivered within 48 hours.',
      'Entrega en 48 horas.',
    ),
    usdCents: 4500,
    weightGrams: 0,
  },
  {
    key: 'installation',
    title: t('Instalação em domicílio', 'Home installation', 'Instalación a domicilio'),
    description: t(
      'Um profissional agenda a visita com você.',
      'A professional books a visit with you.',
      'Un profesional agenda la visita con usted.',
    ),
    usdCents: 7500,
    weightGrams: 0,
  },
];

export const other: SampleProduct[] = [
  {
    key: 'tote-bag',
    title: t('Ecobag de algodão', 'Cotton tote bag', 'Bolsa tote de algodón'),
    description: t(
      'Algodão cru resistente com alças longas.',
      'Sturdy natural cotton with long handles.',
      'Algodón crudo resistente con asas largas.',
    ),
    usdCents: 1490,
    weightGrams: 150,
  },
  {
    key: 'gift-box',
    title: t('Caixa de presente surpresa', 'Surprise gift box', 'Caja regalo sorpresa'),
    description: t(
      'Uma seleção de produtos da loja, embalada para presente.',
      'A selection of the shop’s products, gift-wrapped.',
      'Una selección de productos de la tienda, envuelta para regalo.',
    ),
    usdCents: 4990,
    compareAtUsdCents: 5990,
    weightGrams: 1000,
  },
  {
    key: 'sticker-pack',
    title: t('Pacote de adesivos', 'Sticker pack', 'Pack de pegatinas'),
    description: t(
      'Dez adesivos de vinil à prova d’água.',
      'Ten waterproof vinyl stickers.',
      'Diez pegatinas de vinilo resistentes al agua.',
    ),
    usdCents: 690,
    weightGrams: 30,
  },
  {
    key: 'enamel-mug',
    title: t('Caneca esmaltada', 'Enamel mug', 'Taza esmaltada'),
    description: t(
      'Leve e resistente, 350 ml.',
      'Light and tough, 350 ml.',
      'Ligera y resistente, 350 ml.',
    ),
    usdCents: 1590,
    weightGrams: 200,
    axis: colours(white, black),
  },
  {
    key: 'keychain',
    title: t('Chaveiro de couro', 'Leather keyring', 'Llavero de cuero'),
    description: t(
      'Couro legítimo costurado à mão.',
      'Hand-stitched genuine leather.',
      'Cuero genuino cosido a mano.',
    ),
    usdCents: 990,
    weightGrams: 30,
  },
  {
    key: 'greeting-cards',
    title: t(
      'Kit de cartões ilustrados',
      'Illustrated greeting cards',
      'Set de tarjetas ilustradas',
    ),
    description: t(
      'Cinco cartões com envelopes kraft.',
      'Five cards with kraft envelopes.',
      'Cinco tarjetas con sobres kraft.',
    ),
    usdCents: 1290,
    weightGrams: 120,
  },
];
