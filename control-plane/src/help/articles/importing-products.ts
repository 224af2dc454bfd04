import type { HelpArticle } from '../article';

export const importingProducts: HelpArticle = {
  slug: 'importing-products',
  category: 'catalog',
  updatedAt: '2025-06-01',
  text: {
    en: {
      title: 'Importing products from a spreadsheet',
      summary: 'Bring many products at once from a CSV or Excel file, and read the error report.',
      body: `Instead of adding products one by one you can import a **CSV** or **Excel (.xlsx)** file.

1. Download the **sample file** from the import screen and fill it in (or export your current catalog and edit it). Keep the header row.
2. Each row is one variant. Rows with the same *handle* become one product with several variants (for example sizes or colours).
3. Prices are written with a decimal point or comma as usual in your language (\`19.90\` or \`19,90\`), in the store's currency.
4. Upload the file. The import runs in the background; you can leave the page and come back.

**The report.** When it finishes you see how many products were created or updated and a list of rows with problems, each with the row number, the column and what is wrong (for example *price must not be negative*). Fix those rows and import the file again: products that already exist are updated, not duplicated.

Images can be added afterwards on each product's page.`,
    },
    'pt-BR': {
      title: 'Importando produtos de uma planilha',
      summary:
        'Traga muitos produtos de uma vez com um arquivo CSV ou Excel e entenda o relatório de erros.',
      body: `Em vez de cadastrar produtos um a um, você pode importar um arquivo **CSV** ou **Excel (.xlsx)**.

1. Baixe o **arquivo de exemplo** na tela de importação e preencha (ou exporte o catálogo atual e edite). Mantenha a linha de cabeçalho.
2. Cada linha é uma variação. Linhas com o mesmo *handle* viram um único produto com várias variações (por exemplo tamanhos ou cores).
3. Os preços seguem o costume do seu idioma (\`19,90\` ou \`19.90\`), na moeda da loja.
4. Envie o arquivo. A importação roda em segundo plano; você pode sair da página e voltar depois.

**O relatório.** Ao terminar você vê quantos produtos foram criados ou atualizados e a lista das linhas com problema, cada uma com o número da linha, a coluna e o que está errado (por exemplo *o preço não pode ser negativo*). Corrija essas linhas e importe de novo: produtos que já existem são atualizados, não duplicados.

As imagens podem ser adicionadas depois, na página de cada produto.`,
    },
    es: {
      title: 'Importar productos desde una planilla',
      summary:
        'Trae muchos productos a la vez con un archivo CSV o Excel y entiende el informe de errores.',
      body: `En lugar de agregar productos uno por uno puedes importar un archivo **CSV** o **Excel (.xlsx)**.

1. Descarga el **archivo de ejemplo** desde la pantalla de importación y complétalo (o exporta tu catálogo actual y edítalo). Conserva la fila de encabezados.
2. Cada fila es una variante. Las filas con el mismo *handle* forman un solo producto con varias variantes (por ejemplo tallas o colores).
3. Los precios se escriben como es habitual en tu idioma (\`19,90\` o \`19.90\`), en la moneda de la tienda.
4. Sube el archivo. La importación se ejecuta en segundo plano; puedes salir de la página y volver.

**El informe.** Al terminar ves cuántos productos se crearon o actualizaron y la lista de filas con problemas, cada una con el número de fila, la columna y qué está mal (por ejemplo *el precio no puede ser negativo*). Corrige esas filas e importa de nuevo: los productos que ya existen se actualizan, no se duplican.

Las imágenes se pueden agregar después en la página de cada producto.`,
    },
  },
};
