import type { Language } from '@mpb/contracts';
import type { PlatformMail } from '../mail/mail-sender';
import { fill, renderButtonEmail } from '../mail/render-email';

/**
 * The same words whether or not the address has an account (the link creates one when needed),
 * so asking for a link does the same work, and tells the same, either way.
 */
const texts = {
  en: {
    subject: 'Your sign-in link for Marketplace Builder',
    heading: 'Sign in to Marketplace Builder',
    intro:
      'Use the button below to sign in as {email}. If you have no account yet, this creates one.',
    button: 'Sign in',
    fallback: 'If the button does not work, copy this address into your browser:',
    expiry: 'The link works once and expires in {minutes} minutes.',
    ignore: 'If you did not ask for this link, ignore this email: nobody can sign in without it.',
  },
  'pt-BR': {
    subject: 'Seu link de acesso ao Marketplace Builder',
    heading: 'Entrar no Marketplace Builder',
    intro:
      'Use o botão abaixo para entrar como {email}. Se você ainda não tem uma conta, ela será criada.',
    button: 'Entrar',
    fallback: 'Se o botão não funcionar, copie este endereço no seu navegador:',
    expiry: 'O link vale uma vez e expira em {minutes} minutos.',
    ignore: 'Se você não pediu este link, ignore este e-mail: ninguém consegue entrar sem ele.',
  },
  es: {
    subject: 'Tu enlace de acceso a Marketplace Builder',
    heading: 'Inicia sesión en Marketplace Builder',
    intro:
      'Usa el botón de abajo para iniciar sesión como {email}. Si aún no tienes una cuenta, se creará.',
    button: 'Iniciar sesión',
    fallback: 'Si el botón no funciona, copia esta dirección en tu navegador:',
    expiry: 'El enlace vale una vez y vence en {minutes} minutos.',
    ignore: 'Si no pediste este enlace, ignora este correo: nadie puede entrar sin él.',
  },
} satisfies Record<Language, Record<string, string>>;

export function renderSignInEmail(input: {
  language: Language;
  email: string;
  link: string;
  ttlMinutes: number;
}): PlatformMail {
  const t = texts[input.language];
  const values = { email: input.email, minutes: String(input.ttlMinutes) };
  return renderButtonEmail({
    language: input.language,
    to: input.email,
    subject: t.subject,
    heading: t.heading,
    intro: fill(t.intro, values),
    button: t.button,
    link: input.link,
    fallback: t.fallback,
    notes: [fill(t.expiry, values)],
    ignore: t.ignore,
  });
}
