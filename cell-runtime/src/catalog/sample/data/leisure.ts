import { black, blue, clothingSizes, colours, green, red, t, type SampleProduct } from './types';

export const sports: SampleProduct[] = [
  {
    key: 'running-shirt',
    title: t('Camiseta de corrida dry-fit', 'Dry-fit running shirt', 'Camiseta de running dry-fit'),
    description: t(
      'Tecido leve que seca rápido, com detalhes refletivos.',
      'Light, quick-drying fabric with reflective details.',
      'Tejido ligero de secado rápido, con detalles reflectantes.',
    ),
    usdCents: 2990,
    weightGrams: 150,
    axis: clothingSizes,
  },
  {
    key: 'football',
    title: t('Bola de futebol oficial', 'Match football', 'Balón de fútbol oficial'),
    description: t(
      'Tamanho 5, costurada à máquina.',
      'Size 5, machine-stitched.',
      'Talla 5, cosido a máquina.',
    ),
    usdCents: 3490,
    weightGrams: 450,
  },
  {
    key: 'dumbbells',
    title: t(
      'Par de halteres emborrachados',
      'Rubber-coated dumbbell pair',
      'Par de mancuernas de goma',
    ),
    description: t(
      'Pegada antiderrapante; vendido em pares.',
      'Non-slip grip; sold as a pair.',
      'Agarre antideslizante; se venden en pareja.',
    ),
    usdCents: 2990,
    weightGrams: 4000,
    axis: {
      name: t('Peso', 'Weight', 'Peso'),
      values: [
        { label: t('2 kg', '2 kg', '2 kg') },
        { label: t('4 kg', '4 kg', '4 kg'), extraUsdCents: 1500 },
        { label: t('6 kg', '6 kg', '6 kg'), extraUsdCents: 3000 },
      ],
    },
  },
  {
    key: 'jump-rope',
    title: t('Corda de pular com rolamento', 'Speed jump rope', 'Comba de velocidad'),
    description: t(
      'Cabo de aço ajustável.',
      'Adjustable steel cable.',
      'Cable de acero ajustable.',
    ),
    usdCents: 1290,
    weightGrams: 200,
  },
  {
    key: 'cycling-gloves',
    title: t('Luvas de ciclismo', 'Cycling gloves', 'Guantes de ciclismo'),
    description: t(
      'Palma acolchoada com gel, dedos curtos.',
      'Gel-padded palm, fingerless.',
      'Palma acolchada con gel, dedos cortos.',
    ),
    usdCents: 1990,
    compareAtUsdCents: 2490,
    weightGrams: 100,
    axis: clothingSizes,
  },
  {
    key: 'sports-backpack',
    title: t('Mochila esportiva 20 L', '20 L sports backpack', 'Mochila deportiva 20 L'),
    description: t(
      'Compartimento para tênis e bolso térmico.',
      'Shoe compartment and an insulated pocket.',
      'Compartimento para zapatillas y bolsillo térmico.',
    ),
    usdCents: 4490,
    weightGrams: 700,
    axis: colours(black, blue, red),
  },
];

export const toys: SampleProduct[] = [
  {
    key: 'wooden-blocks',
    title: t('Blocos de montar de madeira', 'Wooden building blocks', 'Bloques de madera'),
    description: t(
      '50 peças de madeira maciça com tinta atóxica. A partir de 2 anos.',
      '50 solid wood pieces with non-toxic paint. Ages 2 and up.',
      '50 piezas de madera maciza con pintura no tóxica. A partir de 2 años.',
    ),
    usdCents: 3490,
    weightGrams: 1500,
  },
  {
    key: 'plush-bear',
    title: t('Urso de pelúcia', 'Plush teddy bear', 'Oso de peluche'),
    description: t(
      'Macio e lavável, 30 cm.',
      'Soft and washable, 30 cm.',
      'Suave y lavable, 30 cm.',
    ),
    usdCents: 2490,
    weightGrams: 300,
  },
  {
    key: 'puzzle-500',
    title: t('Quebra-cabeça 500 peças', '500-piece jigsaw puzzle', 'Rompecabezas de 500 piezas'),
    description: t(
      'Ilustração de paisagem; montado mede 48 × 34 cm.',
      'Landscape illustration; 48 × 34 cm when done.',
      'Ilustración de paisaje; mide 48 × 34 cm montado.',
    ),
    usdCents: 1790,
    weightGrams: 450,
  },
  {
    key: 'board-game',
    title: t('Jogo de tabuleiro em família', 'Family board game', 'Juego de mesa familiar'),
    description: t(
      'De 2 a 6 jogadores, partidas de 30 minutos.',
      'For 2 to 6 players, 30-minute games.',
      'De 2 a 6 jugadores, partidas de 30 minutos.',
    ),
    usdCents: 3990,
    compareAtUsdCents: 4990,
    weightGrams: 900,
  },
  {
    key: 'remote-car',
    title: t('Carrinho de controle remoto', 'Remote control car', 'Coche teledirigido'),
    description: t(
      'Bateria recarregável e alcance de 30 m.',
      'Rechargeable battery and a 30 m range.',
      'Batería recargable y alcance de 30 m.',
    ),
    usdCents: 4990,
    weightGrams: 800,
    axis: colours(red, blue),
  },
  {
    key: 'crayons',
    title: t('Giz de cera 24 cores', 'Crayons, 24 colours', 'Ceras de colores, 24 unidades'),
    description: t(
      'Atóxico e fácil de segurar.',
      'Non-toxic and easy to hold.',
      'No tóxicas y fáciles de sujetar.',
    ),
    usdCents: 690,
    weightGrams: 200,
  },
];

export const books: SampleProduct[] = [
  {
    key: 'novel',
    title: t(
      'Romance: O Jardim das Estações',
      'Novel: The Garden of Seasons',
      'Novela: El jardín de las estaciones',
    ),
    description: t(
      'Uma saga familiar atravessando quatro gerações. Capa comum, 384 páginas.',
      'A family saga across four generations. Paperback, 384 pages.',
      'Una saga familiar a lo largo de cuatro generaciones. Tapa blanda, 384 páginas.',
    ),
    usdCents: 1790,
    weightGrams: 450,
    axis: {
      name: t('Formato', 'Format', 'Formato'),
      values: [
        { label: t('Brochura', 'Paperback', 'Tapa blanda') },
        { label: t('Capa dura', 'Hardcover', 'Tapa dura'), extraUsdCents: 800 },
      ],
    },
  },
  {
    key: 'cookbook',
    title: t('Livro de receitas do dia a dia', 'Everyday cookbook', 'Recetario para cada día'),
    description: t(
      '120 receitas simples com ingredientes da estação.',
      '120 simple recipes with seasonal ingredients.',
      '120 recetas sencillas con ingredientes de temporada.',
    ),
    usdCents: 2990,
    weightGrams: 900,
  },
  {
    key: 'childrens-book',
    title: t('Livro infantil ilustrado', 'Illustrated children’s book', 'Libro infantil ilustrado'),
    description: t(
      'Uma história de amizade para ler antes de dormir. Capa dura.',
      'A bedtime story about friendship. Hardcover.',
      'Una historia de amistad para leer antes de dormir. Tapa dura.',
    ),
    usdCents: 1490,
    weightGrams: 350,
  },
  {
    key: 'notebook',
    title: t('Caderno pontilhado', 'Dotted notebook', 'Cuaderno punteado'),
    description: t(
      'A5, 160 páginas, papel 100 g, fita marcadora.',
      'A5, 160 pages, 100 g paper, ribbon marker.',
      'A5, 160 páginas, papel de 100 g, cinta marcapáginas.',
    ),
    usdCents: 1290,
    weightGrams: 300,
    axis: colours(black, green, blue),
  },
  {
    key: 'poetry',
    title: t('Antologia de poesia', 'Poetry anthology', 'Antología de poesía'),
    description: t(
      'Poemas de autores contemporâneos. 208 páginas.',
      'Poems by contemporary authors. 208 pages.',
      'Poemas de autores contemporáneos. 208 páginas.',
    ),
    usdCents: 1590,
    compareAtUsdCents: 1990,
    weightGrams: 300,
  },
  {
    key: 'bookmark-set',
    title: t('Kit de marcadores de página', 'Bookmark set', 'Set de marcapáginas'),
    description: t(
      'Seis marcadores ilustrados em papel reciclado.',
      'Six illustrated bookmarks on recycled paper.',
      'Seis marcapáginas ilustrados en papel reciclado.',
    ),
    usdCents: 590,
    weightGrams: 40,
  },
];

export const pets: SampleProduct[] = [
  {
    key: 'dog-bed',
    title: t('Cama para cachorro', 'Dog bed', 'Cama para perro'),
    description: t(
      'Enchimento macio e capa removível lavável.',
      'Soft filling and a removable, washable cover.',
      'Relleno suave y funda extraíble lavable.',
    ),
    usdCents: 4990,
    weightGrams: 1500,
    axis: {
      name: t('Tamanho', 'Size', 'Tamaño'),
      values: [
        { label: t('P', 'S', 'S') },
        { label: t('M', 'M', 'M'), extraUsdCents: 1000 },
        { label: t('G', 'L', 'L'), extraUsdCents: 2000 },
      ],
    },
  },
  {
    key: 'cat-scratcher',
    title: t('Arranhador para gatos', 'Cat scratching post', 'Rascador para gatos'),
    description: t(
      'Sisal natural, 60 cm de altura.',
      'Natural sisal, 60 cm tall.',
      'Sisal natural, 60 cm de altura.',
    ),
    usdCents: 2990,
    weightGrams: 2000,
  },
  {
    key: 'dog-leash',
    title: t('Guia de nylon reforçada', 'Reinforced nylon leash', 'Correa de nailon reforzada'),
    description: t(
      '1,5 m, com alça acolchoada.',
      '1.5 m with a padded handle.',
      '1,5 m, con asa acolchada.',
    ),
    usdCents: 1490,
    weightGrams: 150,
    axis: colours(black, red, blue),
  },
  {
    key: 'pet-bowl',
    title: t('Comedouro de inox', 'Stainless steel pet bowl', 'Comedero de acero inoxidable'),
    description: t(
      'Base antiderrapante, 700 ml.',
      'Non-slip base, 700 ml.',
      'Base antideslizante, 700 ml.',
    ),
    usdCents: 990,
    weightGrams: 250,
  },
  {
    key: 'dog-treats',
    title: t('Petiscos naturais para cães', 'Natural dog treats', 'Premios naturales para perros'),
    description: t(
      'Assados, sem corantes. Pacote de 200 g.',
      'Baked, no colourings. 200 g bag.',
      'Horneados, sin colorantes. Bolsa de 200 g.',
    ),
    usdCents: 790,
    compareAtUsdCents: 990,
    weightGrams: 220,
  },
  {
    key: 'cat-toy',
    title: t('Varinha de brinquedo para gatos', 'Cat teaser wand', 'Caña de juguete para gatos'),
    description: t('Com penas e guizo.', 'With feathers and a bell.', 'Con plumas y cascabel.'),
    usdCents: 690,
    weightGrams: 60,
    axis: colours(green, red),
  },
];
