import type { HelpArticle } from '../article';

export const gettingStarted: HelpArticle = {
  slug: 'getting-started',
  category: 'getting-started',
  updatedAt: '2025-06-01',
  text: {
    en: {
      title: 'Getting started: from sign-up to a live store',
      summary: 'The eight steps of the setup wizard, and what you can leave for later.',
      body: `The setup wizard saves every step as you complete it. You can close the browser and come back: you continue where you stopped, and going back to an earlier step never loses what you entered.

1. **Account**: your email and password.
2. **Identity**: the store name and its address (\`your-store.<platform domain>\`). The address cannot be changed later, so choose it carefully. Niche, country, currency and language are suggested for you; colours and logo can change at any time.
3. **Template**: pick Classic, Bold or Minimal. You can switch later without losing products or pages.
4. **Catalog**: add a first product, import a spreadsheet (see help:importing-products), or load a sample catalog you can remove with one click.
5. **Payments**: connect Stripe (see help:payments-with-stripe). You may skip it; the store shows a test-mode banner until it is done.
6. **Shipping and taxes**: accept the defaults proposed for your country or edit them (see help:shipping-and-taxes).
7. **Domain**: your subdomain works at once; a custom domain can be added now or later (see help:custom-domains).
8. **Publish**: check the list of what is missing, then turn the store live.

Your store is created in the background from step 2 on, so it is ready by the time you add products.`,
    },
    'pt-BR': {
      title: 'Primeiros passos: do cadastro à loja no ar',
      summary: 'As oito etapas do assistente de configuração e o que pode ficar para depois.',
      body: `O assistente de configuração salva cada etapa assim que você a conclui. Você pode fechar o navegador e voltar: continua de onde parou, e voltar a uma etapa anterior nunca apaga o que você preencheu.

1. **Conta**: seu e-mail e senha.
2. **Identidade**: o nome da loja e o endereço (\`sua-loja.<domínio da plataforma>\`). O endereço não pode ser alterado depois, então escolha com cuidado. Nicho, país, moeda e idioma já vêm sugeridos; cores e logotipo podem mudar a qualquer momento.
3. **Modelo**: escolha Clássico, Impacto ou Minimalista. Dá para trocar depois sem perder produtos nem páginas.
4. **Catálogo**: cadastre um primeiro produto, importe uma planilha (veja help:importing-products) ou carregue um catálogo de exemplo que sai com um clique.
5. **Pagamentos**: conecte o Stripe (veja help:payments-with-stripe). Você pode pular; a loja mostra um aviso de modo de teste até concluir.
6. **Frete e impostos**: aceite os padrões sugeridos para o seu país ou edite-os (veja help:shipping-and-taxes).
7. **Domínio**: seu subdomínio funciona na hora; um domínio próprio pode ser adicionado agora ou depois (veja help:custom-domains).
8. **Publicar**: confira a lista do que falta e coloque a loja no ar.

A loja é criada em segundo plano a partir da etapa 2, então fica pronta quando você chega aos produtos.`,
    },
    es: {
      title: 'Primeros pasos: del registro a la tienda publicada',
      summary: 'Los ocho pasos del asistente de configuración y lo que puedes dejar para después.',
      body: `El asistente de configuración guarda cada paso en cuanto lo completas. Puedes cerrar el navegador y volver: sigues donde lo dejaste, y volver a un paso anterior nunca borra lo que escribiste.

1. **Cuenta**: tu correo y contraseña.
2. **Identidad**: el nombre de la tienda y su dirección (\`tu-tienda.<dominio de la plataforma>\`). La dirección no se puede cambiar después, así que elígela con cuidado. Nicho, país, moneda e idioma vienen sugeridos; los colores y el logotipo se pueden cambiar cuando quieras.
3. **Plantilla**: elige Clásico, Audaz o Minimalista. Puedes cambiarla después sin perder productos ni páginas.
4. **Catálogo**: agrega un primer producto, importa una planilla (ver help:importing-products) o carga un catálogo de ejemplo que se quita con un clic.
5. **Pagos**: conecta Stripe (ver help:payments-with-stripe). Puedes saltarlo; la tienda muestra un aviso de modo de prueba hasta completarlo.
6. **Envíos e impuestos**: acepta los valores propuestos para tu país o edítalos (ver help:shipping-and-taxes).
7. **Dominio**: tu subdominio funciona al instante; un dominio propio se puede agregar ahora o después (ver help:custom-domains).
8. **Publicar**: revisa la lista de lo que falta y publica la tienda.

La tienda se crea en segundo plano desde el paso 2, así que está lista cuando llegas a los productos.`,
    },
  },
};
