import type { HelpArticle } from '../article';

export const customDomains: HelpArticle = {
  slug: 'custom-domains',
  category: 'domains',
  updatedAt: '2025-06-01',
  text: {
    en: {
      title: 'Using your own domain',
      summary:
        'Your free subdomain works at once; how to add a domain you own and what its status means.',
      body: `Every store gets a free address on the platform, \`your-store.<platform domain>\`, which works as soon as the store is created and keeps working after you add a domain of your own.

**Adding a domain.** In the *Domain* step (or later in Settings) enter a domain you own, for example \`www.mystore.com\`. Use the exact name customers will type; a domain used by another store cannot be added.

**Status.** The domain then shows one of these statuses:
- *Pending verification*: we are waiting to see the DNS record below.
- *Active*: the domain is verified and serves your store.
- *Failed*: verification did not succeed; check the record and try again.

**DNS.** At the company where you registered the domain, add a **CNAME** record for the name you entered pointing to your platform address. DNS changes can take up to a day to be visible everywhere.

You can change or remove an unverified domain at any time; your platform address is not affected.`,
    },
    'pt-BR': {
      title: 'Usando seu próprio domínio',
      summary:
        'Seu subdomínio gratuito funciona na hora; como adicionar um domínio seu e o que significa o status.',
      body: `Toda loja ganha um endereço gratuito na plataforma, \`sua-loja.<domínio da plataforma>\`, que funciona assim que a loja é criada e continua funcionando depois que você adiciona um domínio próprio.

**Adicionando um domínio.** Na etapa *Domínio* (ou depois em Configurações) informe um domínio que seja seu, por exemplo \`www.minhaloja.com.br\`. Use exatamente o nome que os clientes vão digitar; um domínio usado por outra loja não pode ser adicionado.

**Status.** O domínio passa a mostrar um destes status:
- *Aguardando verificação*: estamos esperando ver o registro DNS abaixo.
- *Ativo*: o domínio foi verificado e mostra a sua loja.
- *Falhou*: a verificação não deu certo; confira o registro e tente de novo.

**DNS.** No provedor onde você registrou o domínio (por exemplo o Registro.br), crie um registro **CNAME** para o nome informado apontando para o endereço da sua loja na plataforma. Mudanças de DNS podem levar até um dia para valer em todo lugar.

Você pode trocar ou remover um domínio não verificado a qualquer momento; o endereço na plataforma não é afetado.`,
    },
    es: {
      title: 'Usar tu propio dominio',
      summary:
        'Tu subdominio gratuito funciona al instante; cómo agregar un dominio propio y qué significa su estado.',
      body: `Cada tienda recibe una dirección gratuita en la plataforma, \`tu-tienda.<dominio de la plataforma>\`, que funciona en cuanto se crea la tienda y sigue funcionando después de agregar un dominio propio.

**Agregar un dominio.** En el paso *Dominio* (o después en Configuración) escribe un dominio que te pertenezca, por ejemplo \`www.mitienda.com\`. Usa el nombre exacto que escribirán tus clientes; un dominio usado por otra tienda no se puede agregar.

**Estado.** El dominio muestra entonces uno de estos estados:
- *Pendiente de verificación*: esperamos ver el registro DNS de abajo.
- *Activo*: el dominio está verificado y muestra tu tienda.
- *Fallido*: la verificación no funcionó; revisa el registro y vuelve a intentarlo.

**DNS.** En la empresa donde registraste el dominio, crea un registro **CNAME** para el nombre que escribiste apuntando a la dirección de tu tienda en la plataforma. Los cambios de DNS pueden tardar hasta un día en verse en todas partes.

Puedes cambiar o quitar un dominio no verificado cuando quieras; tu dirección en la plataforma no se ve afectada.`,
    },
  },
};
