import type { niches } from '@mpb/contracts';

type Niche = (typeof niches)[number];

// Word stems in Portuguese, English and Spanish, matched at the start of a word of the name.
const stems: ReadonlyArray<readonly [Niche, readonly string[]]> = [
  [
    'fashion',
    [
      'moda',
      'roupa',
      'fashion',
      'wear',
      'ropa',
      'boutique',
      'camis',
      'shirt',
      'vestid',
      'dress',
      'jeans',
      'calcad',
      'shoe',
      'sapat',
      'zapat',
    ],
  ],
  [
    'beauty',
    ['beleza', 'beauty', 'belleza', 'cosmet', 'makeup', 'maquia', 'perfum', 'skin', 'pele'],
  ],
  [
    'electronics',
    ['eletron', 'electron', 'tech', 'gadget', 'celular', 'phone', 'informat', 'comput', 'games'],
  ],
  [
    'home',
    [
      'casa',
      'home',
      'hogar',
      'decor',
      'caneca',
      'mug',
      'taza',
      'cozinh',
      'kitchen',
      'cocina',
      'movel',
      'moveis',
      'furnit',
      'mueble',
      'cama',
      'mesa',
    ],
  ],
  [
    'food',
    [
      'cafe',
      'coffee',
      'food',
      'comida',
      'doce',
      'sweet',
      'dulce',
      'padaria',
      'bakery',
      'panader',
      'choco',
      'vinho',
      'wine',
      'vino',
      'cerve',
      'beer',
      'gourmet',
      'chá',
      'tea',
    ],
  ],
  [
    'sports',
    [
      'sport',
      'esport',
      'deport',
      'fit',
      'gym',
      'bike',
      'bici',
      'run',
      'surf',
      'futebol',
      'futbol',
      'soccer',
      'yoga',
    ],
  ],
  ['toys', ['toy', 'brinqu', 'juguet', 'kids', 'infant', 'baby', 'bebe']],
  ['books', ['livr', 'book', 'libr', 'sebo', 'editor', 'comic', 'quadrinh']],
  [
    'art',
    ['arte', 'art', 'artesan', 'craft', 'ceramic', 'pintur', 'paint', 'galer', 'foto', 'photo'],
  ],
  ['pets', ['pet', 'dog', 'cat', 'cao', 'caes', 'gato', 'perro', 'mascot', 'animal']],
  [
    'health',
    [
      'saude',
      'health',
      'salud',
      'farma',
      'pharm',
      'vitamin',
      'suplement',
      'natural',
      'organic',
      'organico',
    ],
  ],
  ['services', ['servic', 'consult', 'curso', 'course', 'aula', 'class', 'clase']],
];

/**
 * A niche guessed from the store's name ("Casa Azul" is home, "Café do Porto" is food), so most
 * merchants only confirm it. Null when no word of the name says anything.
 */
export function suggestNiche(name: string): Niche | null {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (const [niche, list] of stems) {
    const plain = list.map((stem) => stem.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
    if (words.some((word) => plain.some((stem) => word.startsWith(stem)))) return niche;
  }
  return null;
}
