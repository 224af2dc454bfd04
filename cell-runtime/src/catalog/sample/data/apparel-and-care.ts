import {
  beige,
  black,
  blue,
  clothingSizes,
  colours,
  green,
  grey,
  pink,
  red,
  t,
  white,
  type SampleProduct,
} from './types';

export const fashion: SampleProduct[] = [
  {
    key: 'basic-tee',
    title: t('Camiseta básica de algodão', 'Basic cotton T-shirt', 'Camiseta básica de algodón'),
    description: t(
      'Malha 100% algodão penteado, gola redonda e caimento reto.\nLavável em máquina.',
      '100% combed cotton jersey, crew neck and a straight fit.\nMachine washable.',
      'Punto 100% algodón peinado, cuello redondo y corte recto.\nLavable a máquina.',
    ),
    usdCents: 1990,
    weightGrams: 180,
    axis: clothingSizes,
  },
  {
    key: 'denim-jacket',
    title: t('Jaqueta jeans clássica', 'Classic denim jacket', 'Chaqueta vaquera clásica'),
    description: t(
      'Jeans encorpado com lavagem média, botões de metal e dois bolsos no peito.',
      'Sturdy mid-wash denim with metal buttons and two chest pockets.',
      'Denim resistente de lavado medio, botones metálicos y dos bolsillos en el pecho.',
    ),
    usdCents: 7990,
    compareAtUsdCents: 9990,
    weightGrams: 750,
    axis: clothingSizes,
  },
  {
    key: 'linen-dress',
    title: t('Vestido midi de linho', 'Linen midi dress', 'Vestido midi de lino'),
    description: t(
      'Linho leve e respirável, alças ajustáveis e bolsos laterais.',
      'Light, breathable linen with adjustable straps and side pockets.',
      'Lino ligero y transpirable, tirantes ajustables y bolsillos laterales.',
    ),
    usdCents: 6490,
    weightGrams: 300,
    axis: colours(beige, green, black),
  },
  {
    key: 'canvas-sneakers',
    title: t('Tênis de lona', 'Canvas sneakers', 'Zapatillas de lona'),
    description: t(
      'Cabedal de lona, sola de borracha vulcanizada e palmilha acolchoada.',
      'Canvas upper, vulcanised rubber sole and a cushioned insole.',
      'Parte superior de lona, suela de caucho vulcanizado y plantilla acolchada.',
    ),
    usdCents: 4990,
    weightGrams: 800,
    axis: {
      name: t('Número', 'Size', 'Talla'),
      values: [
        { label: t('37', 'US 6', '37') },
        { label: t('38', 'US 7', '38') },
        { label: t('39', 'US 8', '39') },
        { label: t('40', 'US 9', '40') },
        { label: t('41', 'US 10', '41') },
      ],
    },
  },
  {
    key: 'wool-beanie',
    title: t('Gorro de lã', 'Wool beanie', 'Gorro de lana'),
    description: t(
      'Tricô canelado de lã merino, quentinho e macio.',
      'Ribbed merino wool knit, warm and soft.',
      'Punto acanalado de lana merino, cálido y suave.',
    ),
    usdCents: 2490,
    weightGrams: 90,
    axis: colours(grey, black, red),
  },
  {
    key: 'leather-belt',
    title: t('Cinto de couro', 'Leather belt', 'Cinturón de cuero'),
    description: t(
      'Couro legítimo com fivela de metal escovado.',
      'Genuine leather with a brushed metal buckle.',
      'Cuero genuino con hebilla de metal cepillado.',
    ),
    usdCents: 3490,
    weightGrams: 200,
    axis: colours(black, t('Marrom', 'Brown', 'Marrón')),
  },
];

export const beauty: SampleProduct[] = [
  {
    key: 'face-moisturiser',
    title: t('Hidratante facial', 'Face moisturiser', 'Crema hidratante facial'),
    description: t(
      'Textura leve com ácido hialurônico, para todos os tipos de pele.',
      'Light texture with hyaluronic acid, for every skin type.',
      'Textura ligera con ácido hialurónico, para todo tipo de piel.',
    ),
    usdCents: 2890,
    weightGrams: 120,
  },
  {
    key: 'vitamin-c-serum',
    title: t('Sérum de vitamina C', 'Vitamin C serum', 'Sérum de vitamina C'),
    description: t(
      'Sérum antioxidante que uniformiza o tom da pele. Frasco com conta-gotas de 30 ml.',
      'Antioxidant serum that evens skin tone. 30 ml dropper bottle.',
      'Sérum antioxidante que unifica el tono de la piel. Frasco gotero de 30 ml.',
    ),
    usdCents: 3490,
    compareAtUsdCents: 3990,
    weightGrams: 90,
  },
  {
    key: 'matte-lipstick',
    title: t('Batom matte', 'Matte lipstick', 'Labial mate'),
    description: t(
      'Alta pigmentação e longa duração, sem ressecar os lábios.',
      'Highly pigmented and long-lasting without drying the lips.',
      'Alta pigmentación y larga duración, sin resecar los labios.',
    ),
    usdCents: 1590,
    weightGrams: 30,
    axis: colours(red, pink, t('Nude', 'Nude', 'Nude')),
  },
  {
    key: 'shampoo-bar',
    title: t('Shampoo em barra', 'Shampoo bar', 'Champú en barra'),
    description: t(
      'Sem embalagem plástica, rende até 80 lavagens.',
      'Plastic-free, lasts up to 80 washes.',
      'Sin envase de plástico, rinde hasta 80 lavados.',
    ),
    usdCents: 1290,
    weightGrams: 90,
  },
  {
    key: 'eau-de-parfum',
    title: t('Eau de parfum floral', 'Floral eau de parfum', 'Eau de parfum floral'),
    description: t(
      'Notas de jasmim, pera e almíscar branco.',
      'Notes of jasmine, pear and white musk.',
      'Notas de jazmín, pera y almizcle blanco.',
    ),
    usdCents: 5990,
    weightGrams: 250,
    axis: {
      name: t('Volume', 'Volume', 'Volumen'),
      values: [
        { label: t('50 ml', '50 ml', '50 ml') },
        { label: t('100 ml', '100 ml', '100 ml'), extraUsdCents: 3000 },
      ],
    },
  },
  {
    key: 'makeup-brushes',
    title: t('Kit de pincéis de maquiagem', 'Makeup brush set', 'Set de brochas de maquillaje'),
    description: t(
      'Oito pincéis de cerdas sintéticas macias, com estojo.',
      'Eight soft synthetic brushes with a case.',
      'Ocho brochas de cerdas sintéticas suaves, con estuche.',
    ),
    usdCents: 2990,
    weightGrams: 220,
  },
];

export const health: SampleProduct[] = [
  {
    key: 'yoga-mat',
    title: t('Tapete de yoga', 'Yoga mat', 'Esterilla de yoga'),
    description: t(
      'Antiderrapante, 6 mm de espessura, com alça para transporte.',
      'Non-slip, 6 mm thick, with a carrying strap.',
      'Antideslizante, 6 mm de grosor, con correa de transporte.',
    ),
    usdCents: 3490,
    weightGrams: 1200,
    axis: colours(blue, green, grey),
  },
  {
    key: 'whey-protein',
    title: t(
      'Proteína whey sabor baunilha',
      'Vanilla whey protein',
      'Proteína whey sabor vainilla',
    ),
    description: t(
      '24 g de proteína por dose. Pote de 900 g.',
      '24 g of protein per serving. 900 g tub.',
      '24 g de proteína por porción. Bote de 900 g.',
    ),
    usdCents: 3990,
    weightGrams: 1000,
  },
  {
    key: 'steel-bottle',
    title: t('Garrafa térmica de inox', 'Stainless steel water bottle', 'Botella térmica de acero'),
    description: t(
      'Mantém a água gelada por 24 horas. 750 ml.',
      'Keeps water cold for 24 hours. 750 ml.',
      'Mantiene el agua fría durante 24 horas. 750 ml.',
    ),
    usdCents: 2490,
    weightGrams: 350,
    axis: colours(black, white, blue),
  },
  {
    key: 'vitamin-d',
    title: t('Vitamina D3 2000 UI', 'Vitamin D3 2000 IU', 'Vitamina D3 2000 UI'),
    description: t(
      'Frasco com 60 cápsulas. Consulte um profissional de saúde.',
      'Bottle of 60 capsules. Ask a health professional.',
      'Frasco de 60 cápsulas. Consulte a un profesional de la salud.',
    ),
    usdCents: 1490,
    weightGrams: 80,
  },
  {
    key: 'resistance-bands',
    title: t('Kit de faixas elásticas', 'Resistance band set', 'Set de bandas elásticas'),
    description: t(
      'Cinco níveis de resistência, com bolsa.',
      'Five resistance levels, with a pouch.',
      'Cinco niveles de resistencia, con bolsa.',
    ),
    usdCents: 1990,
    compareAtUsdCents: 2490,
    weightGrams: 300,
  },
  {
    key: 'herbal-tea',
    title: t('Chá calmante de camomila', 'Calming chamomile tea', 'Té calmante de manzanilla'),
    description: t(
      'Camomila, erva-cidreira e lavanda. 20 sachês.',
      'Chamomile, lemon balm and lavender. 20 tea bags.',
      'Manzanilla, melisa y lavanda. 20 sobres.',
    ),
    usdCents: 690,
    weightGrams: 60,
  },
];
