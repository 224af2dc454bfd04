import type { Language } from '@mpb/contracts';
import type { PlatformMail } from '../mail/mail-sender';
import { fill, renderButtonEmail } from '../mail/render-email';

const texts = {
  en: {
    subject: 'Confirm your email for Marketplace Builder',
    heading: 'Confirm your email',
    intro: 'Confirm that {email} is your address, so we can reach you about your stores.',
    button: 'Confirm my email',
    fallback: 'If the button does not work, copy this address into your browser:',
    expiry: 'The link works until {expires} (UTC).',
    ignore: 'If you did not create an account, ignore this email.',
  },
  'pt-BR': {
    subject: 'Confirme seu e-mail no Marketplace Builder',
    heading: 'Confirme seu e-mail',
    intro: 'Confirme que {email} é o seu endereço, para podermos falar com você sobre suas lojas.',
    button: 'Confirmar meu e-mail',
    fallback: 'Se o botão não funcionar, copie este endereço no seu navegador:',
    expiry: 'O link vale até {expires} (UTC).',
    ignore: 'Se você não criou uma conta, ignore este e-mail.',
  },
  es: {
    subject: 'Confirma tu correo en Marketplace Builder',
    heading: 'Confirma tu correo',
    intro: 'Confirma que {email} es tu dirección, para poder escribirte sobre tus tiendas.',
    button: 'Confirmar mi correo',
    fallback: 'Si el botón no funciona, copia esta dirección en tu navegador:',
    expiry: 'El enlace vale hasta el {expires} (UTC).',
    ignore: 'Si no creaste una cuenta, ignora este correo.',
  },
} satisfies Record<Language, Record<string, string>>;

export function renderVerificationEmail(input: {
  language: Language;
  email: string;
  link: string;
  expiresAt: Date;
}): PlatformMail {
  const t = texts[input.language];
  const values = {
    email: input.email,
    expires: new Intl.DateTimeFormat(input.language, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(input.expiresAt),
  };
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
