import type { Language, MemberRole } from '@mpb/contracts';
import type { PlatformMail } from '../mail/mail-sender';
import { emailLanguage, fill, renderButtonEmail } from '../mail/render-email';

/**
 * The invitation email in the store's language. Texts are plain with `{name}` placeholders;
 * `renderButtonEmail` escapes the finished text in the HTML version.
 */
const texts = {
  en: {
    subject: '{inviter} invited you to {store}',
    heading: 'Join {store}',
    intro: '{inviter} invited you to help run {store} as {role}.',
    button: 'Accept the invitation',
    fallback: 'If the button does not work, copy this address into your browser:',
    account:
      'Sign in (or create an account) with {email} to accept. The invitation works once and expires on {expires}.',
    ignore: 'If you were not expecting this, ignore this email.',
    roles: {
      owner: 'an owner',
      admin: 'an admin',
      catalog_staff: 'catalog staff',
      orders_staff: 'orders staff',
      support: 'support',
    },
  },
  'pt-BR': {
    subject: '{inviter} convidou você para {store}',
    heading: 'Participe de {store}',
    intro: '{inviter} convidou você para ajudar a administrar {store} como {role}.',
    button: 'Aceitar o convite',
    fallback: 'Se o botão não funcionar, copie este endereço no seu navegador:',
    account:
      'Entre (ou crie uma conta) com {email} para aceitar. O convite vale uma vez e expira em {expires}.',
    ignore: 'Se você não esperava este convite, ignore este e-mail.',
    roles: {
      owner: 'proprietário(a)',
      admin: 'administrador(a)',
      catalog_staff: 'equipe de catálogo',
      orders_staff: 'equipe de pedidos',
      support: 'atendimento',
    },
  },
  es: {
    subject: '{inviter} te invitó a {store}',
    heading: 'Únete a {store}',
    intro: '{inviter} te invitó a ayudar a gestionar {store} como {role}.',
    button: 'Aceptar la invitación',
    fallback: 'Si el botón no funciona, copia esta dirección en tu navegador:',
    account:
      'Inicia sesión (o crea una cuenta) con {email} para aceptar. La invitación vale una vez y vence el {expires}.',
    ignore: 'Si no esperabas esta invitación, ignora este correo.',
    roles: {
      owner: 'propietario/a',
      admin: 'administrador/a',
      catalog_staff: 'equipo de catálogo',
      orders_staff: 'equipo de pedidos',
      support: 'atención al cliente',
    },
  },
} satisfies Record<Language, Record<string, unknown>>;

export function renderInvitationEmail(input: {
  language: string;
  storeName: string;
  inviterEmail: string;
  email: string;
  role: MemberRole;
  acceptUrl: string;
  expiresAt: Date;
}): PlatformMail {
  const language = emailLanguage(input.language);
  const t = texts[language];
  const values = {
    store: input.storeName,
    inviter: input.inviterEmail,
    email: input.email,
    role: t.roles[input.role],
    expires: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      input.expiresAt,
    ),
  };
  return renderButtonEmail({
    language,
    to: input.email,
    subject: fill(t.subject, values),
    heading: fill(t.heading, values),
    intro: fill(t.intro, values),
    button: t.button,
    link: input.acceptUrl,
    fallback: t.fallback,
    notes: [fill(t.account, values)],
    ignore: t.ignore,
  });
}
