import { beige, black, blue, colours, green, grey, t, white, type SampleProduct } from './types';

export const electronics: SampleProduct[] = [
  {
    key: 'wireless-earbuds',
    title: t('Fone de ouvido sem fio', 'Wireless earbuds', 'Auriculares inalámbricos'),
    description: t(
      'Bluetooth 5.3, cancelamento de ruído e até 24 horas de bateria com o estojo.',
      'Bluetooth 5.3, noise cancelling and up to 24 hours of battery with the case.',
      'Bluetooth 5.3, cancelación de ruido y hasta 24 horas de batería con el estuche.',
    ),
    usdCents: 5990,
    compareAtUsdCents: 7990,
    weightGrams: 120,
    axis: colours(black, white),
  },
  {
    key: 'power-bank',
    title: t(
      'Carregador portátil 10.000 mAh',
      '10,000 mAh power bank',
      'Batería externa 10.000 mAh',
    ),
    description: t(
      'Carrega dois aparelhos ao mesmo tempo, com USB-C de carga rápida.',
      'Charges two devices at once, with fast-charging USB-C.',
      'Carga dos dispositivos a la vez, con USB-C de carga rápida.',
    ),
    usdCents: 2990,
    weightGrams: 230,
  },
  {
    key: 'smart-watch',
    title: t('Relógio inteligente', 'Smartwatch', 'Reloj inteligente'),
    description: t(
      'Monitor de frequência cardíaca, sono e passos. Resistente à água.',
      'Tracks heart rate, sleep and steps. Water resistant.',
      'Mide ritmo cardíaco, sueño y pasos. Resistente al agua.',
    ),
    usdCents: 8990,
    weightGrams: 150,
    axis: colours(black, grey),
  },
  {
    key: 'usb-c-cable',
    title: t('Cabo USB-C trançado 2 m', 'Braided USB-C cable, 2 m', 'Cable USB-C trenzado de 2 m'),
    description: t(
      'Nylon trançado resistente, carga de até 100 W.',
      'Tough braided nylon, charges at up to 100 W.',
      'Nailon trenzado resistente, carga de hasta 100 W.',
    ),
    usdCents: 1290,
    weightGrams: 60,
  },
  {
    key: 'bluetooth-speaker',
    title: t('Caixa de som bluetooth', 'Bluetooth speaker', 'Altavoz bluetooth'),
    description: t(
      'Som 360°, à prova d’água e 12 horas de bateria.',
      '360° sound, waterproof, 12 hours of battery.',
      'Sonido 360°, resistente al agua y 12 horas de batería.',
    ),
    usdCents: 4990,
    weightGrams: 540,
    axis: colours(black, blue, green),
  },
  {
    key: 'mechanical-keyboard',
    title: t(
      'Teclado mecânico compacto',
      'Compact mechanical keyboard',
      'Teclado mecánico compacto',
    ),
    description: t(
      'Layout 75%, switches trocáveis e iluminação ajustável.',
      '75% layout, hot-swappable switches and adjustable backlight.',
      'Formato 75%, interruptores intercambiables e iluminación regulable.',
    ),
    usdCents: 7990,
    weightGrams: 900,
  },
];

export const home: SampleProduct[] = [
  {
    key: 'ceramic-mug',
    title: t('Caneca de cerâmica artesanal', 'Handmade ceramic mug', 'Taza de cerámica artesanal'),
    description: t(
      'Feita à mão, 350 ml, pode ir ao micro-ondas e à lava-louças.',
      'Handmade, 350 ml, microwave and dishwasher safe.',
      'Hecha a mano, 350 ml, apta para microondas y lavavajillas.',
    ),
    usdCents: 1890,
    weightGrams: 400,
    axis: colours(white, blue, green),
  },
  {
    key: 'linen-cushion',
    title: t('Capa de almofada de linho', 'Linen cushion cover', 'Funda de cojín de lino'),
    description: t(
      '45 × 45 cm, com zíper invisível.',
      '45 × 45 cm with a hidden zip.',
      '45 × 45 cm, con cremallera oculta.',
    ),
    usdCents: 2290,
    weightGrams: 200,
    axis: colours(beige, grey, green),
  },
  {
    key: 'scented-candle',
    title: t('Vela aromática de soja', 'Soy scented candle', 'Vela aromática de soja'),
    description: t(
      'Cera de soja e pavio de algodão; cerca de 40 horas de queima.',
      'Soy wax and a cotton wick; about 40 hours of burning.',
      'Cera de soja y mecha de algodón; unas 40 horas de combustión.',
    ),
    usdCents: 1990,
    compareAtUsdCents: 2490,
    weightGrams: 350,
    axis: {
      name: t('Aroma', 'Scent', 'Aroma'),
      values: [
        { label: t('Lavanda', 'Lavender', 'Lavanda') },
        { label: t('Baunilha', 'Vanilla', 'Vainilla') },
        { label: t('Alecrim', 'Rosemary', 'Romero') },
      ],
    },
  },
  {
    key: 'cotton-throw',
    title: t('Manta de algodão', 'Cotton throw', 'Manta de algodón'),
    description: t(
      'Tecido macio, 130 × 170 cm.',
      'Soft weave, 130 × 170 cm.',
      'Tejido suave, 130 × 170 cm.',
    ),
    usdCents: 3990,
    weightGrams: 900,
    axis: colours(grey, beige),
  },
  {
    key: 'plant-pot',
    title: t('Vaso de cerâmica para plantas', 'Ceramic plant pot', 'Maceta de cerámica'),
    description: t(
      'Com furo de drenagem e pratinho.',
      'With a drainage hole and saucer.',
      'Con orificio de drenaje y plato.',
    ),
    usdCents: 1690,
    weightGrams: 800,
    axis: {
      name: t('Tamanho', 'Size', 'Tamaño'),
      values: [
        { label: t('Pequeno', 'Small', 'Pequeña') },
        { label: t('Médio', 'Medium', 'Mediana'), extraUsdCents: 500 },
        { label: t('Grande', 'Large', 'Grande'), extraUsdCents: 1000 },
      ],
    },
  },
  {
    key: 'wall-clock',
    title: t(
      'Relógio de parede minimalista',
      'Minimalist wall clock',
      'Reloj de pared minimalista',
    ),
    description: t(
      '30 cm, mecanismo silencioso.',
      '30 cm, silent movement.',
      '30 cm, mecanismo silencioso.',
    ),
    usdCents: 2990,
    weightGrams: 600,
    axis: colours(black, white),
  },
];

export const art: SampleProduct[] = [
  {
    key: 'botanical-print',
    title: t('Pôster botânico', 'Botanical print', 'Lámina botánica'),
    description: t(
      'Impressão fine art em papel algodão 300 g.',
      'Fine art print on 300 g cotton paper.',
      'Impresión fine art en papel de algodón de 300 g.',
    ),
    usdCents: 2490,
    weightGrams: 150,
    axis: {
      name: t('Tamanho', 'Size', 'Tamaño'),
      values: [
        { label: t('A4', 'A4', 'A4') },
        { label: t('A3', 'A3', 'A3'), extraUsdCents: 1000 },
        { label: t('A2', 'A2', 'A2'), extraUsdCents: 2500 },
      ],
    },
  },
  {
    key: 'watercolour-set',
    title: t(
      'Estojo de aquarela 24 cores',
      'Watercolour set, 24 colours',
      'Set de acuarelas de 24 colores',
    ),
    description: t(
      'Pastilhas de alta pigmentação com pincel de reservatório.',
      'Highly pigmented pans with a water brush.',
      'Pastillas de alta pigmentación con pincel de depósito.',
    ),
    usdCents: 3290,
    weightGrams: 350,
  },
  {
    key: 'sketchbook',
    title: t('Caderno de desenho A5', 'A5 sketchbook', 'Cuaderno de dibujo A5'),
    description: t(
      '120 páginas de papel 150 g, capa dura.',
      '120 pages of 150 g paper, hard cover.',
      '120 páginas de papel de 150 g, tapa dura.',
    ),
    usdCents: 1490,
    weightGrams: 400,
  },
  {
    key: 'ceramic-vase',
    title: t('Vaso de cerâmica esmaltada', 'Glazed ceramic vase', 'Jarrón de cerámica esmaltada'),
    description: t(
      'Peça única, modelada à mão no torno.',
      'One of a kind, thrown by hand on the wheel.',
      'Pieza única, torneada a mano.',
    ),
    usdCents: 6990,
    weightGrams: 1100,
  },
  {
    key: 'canvas-painting',
    title: t('Pintura abstrata em tela', 'Abstract canvas painting', 'Pintura abstracta en lienzo'),
    description: t(
      'Acrílica sobre tela, 60 × 80 cm, assinada.',
      'Acrylic on canvas, 60 × 80 cm, signed.',
      'Acrílico sobre lienzo, 60 × 80 cm, firmada.',
    ),
    usdCents: 24900,
    weightGrams: 2500,
  },
  {
    key: 'macrame-hanger',
    title: t('Suporte de macramê', 'Macramé plant hanger', 'Colgador de macramé'),
    description: t(
      'Corda de algodão natural, 90 cm.',
      'Natural cotton rope, 90 cm.',
      'Cuerda de algodón natural, 90 cm.',
    ),
    usdCents: 1990,
    compareAtUsdCents: 2490,
    weightGrams: 200,
  },
];
