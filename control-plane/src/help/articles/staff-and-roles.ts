import type { HelpArticle } from '../article';

export const staffAndRoles: HelpArticle = {
  slug: 'staff-and-roles',
  category: 'staff',
  updatedAt: '2025-06-01',
  text: {
    en: {
      title: 'Staff and roles',
      summary: 'Invite people by email and give each one only what they need.',
      body: `You can invite people to help run the store. Each member has one **role**:

| Role | Can |
| --- | --- |
| Owner | Everything, including managing other owners |
| Admin | Everything except managing owners |
| Catalog staff | Products, collections, media and imports |
| Orders staff | See and fulfil orders, see customers; refunds and cancellations stay with owners and admins |
| Support | Read orders, customers and the catalog; support tickets |

**Inviting.** Under Staff choose *Invite*, enter the person's email and a role. Only owners and admins can invite, and only an owner can invite another owner. The invitation email contains a link valid for **7 days** and usable **once**; the person signs in, or creates an account, **with that same email** to accept. Inviting the same email again replaces the earlier invitation.

**Managing.** Pending invitations can be revoked at any time. Members' roles can be changed or removed later; a store always keeps at least one owner. Every change appears in the audit log with who made it and when.`,
    },
    'pt-BR': {
      title: 'Equipe e funções',
      summary: 'Convide pessoas por e-mail e dê a cada uma só o acesso de que precisa.',
      body: `Você pode convidar pessoas para ajudar a administrar a loja. Cada membro tem uma **função**:

| Função | Pode |
| --- | --- |
| Proprietário(a) | Tudo, inclusive gerenciar outros proprietários |
| Administrador(a) | Tudo, menos gerenciar proprietários |
| Equipe de catálogo | Produtos, coleções, mídia e importações |
| Equipe de pedidos | Ver e enviar pedidos, ver clientes; reembolsos e cancelamentos ficam com proprietários e administradores |
| Atendimento | Ver pedidos, clientes e catálogo; chamados de suporte |

**Convidando.** Em Equipe escolha *Convidar*, informe o e-mail da pessoa e uma função. Só proprietários e administradores convidam, e só um proprietário pode convidar outro proprietário. O e-mail de convite traz um link válido por **7 dias** e de **uso único**; a pessoa entra, ou cria uma conta, **com esse mesmo e-mail** para aceitar. Convidar o mesmo e-mail de novo substitui o convite anterior.

**Gerenciando.** Convites pendentes podem ser revogados a qualquer momento. As funções dos membros podem ser alteradas ou removidas depois; a loja sempre mantém pelo menos um proprietário. Cada mudança aparece no registro de auditoria com quem fez e quando.`,
    },
    es: {
      title: 'Equipo y roles',
      summary: 'Invita a personas por correo y da a cada una solo el acceso que necesita.',
      body: `Puedes invitar a personas para que te ayuden a gestionar la tienda. Cada miembro tiene un **rol**:

| Rol | Puede |
| --- | --- |
| Propietario/a | Todo, incluso gestionar a otros propietarios |
| Administrador/a | Todo salvo gestionar propietarios |
| Equipo de catálogo | Productos, colecciones, medios e importaciones |
| Equipo de pedidos | Ver y enviar pedidos, ver clientes; reembolsos y cancelaciones quedan en manos de propietarios y administradores |
| Atención al cliente | Ver pedidos, clientes y catálogo; tickets de soporte |

**Invitar.** En Equipo elige *Invitar*, escribe el correo de la persona y un rol. Solo propietarios y administradores pueden invitar, y solo un propietario puede invitar a otro propietario. El correo de invitación trae un enlace válido por **7 días** y de **un solo uso**; la persona inicia sesión, o crea una cuenta, **con ese mismo correo** para aceptar. Invitar de nuevo al mismo correo reemplaza la invitación anterior.

**Gestionar.** Las invitaciones pendientes se pueden revocar en cualquier momento. Los roles de los miembros se pueden cambiar o quitar después; la tienda siempre conserva al menos un propietario. Cada cambio aparece en el registro de auditoría con quién lo hizo y cuándo.`,
    },
  },
};
