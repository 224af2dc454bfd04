export {
  createNotificationsHandler,
  notificationsHandlerFromConfig,
  NOTIFICATIONS_CONSUMER,
  type NotificationsConfig,
} from './handler';
export { notificationTemplates, type NotifierDeps } from './deps';
export {
  createMailSender,
  MailNotConfiguredError,
  type MailSender,
  type OutgoingMail,
} from './mail-sender';
export {
  createWhatsAppSender,
  toE164,
  type WhatsAppMessage,
  type WhatsAppSender,
} from './whatsapp-sender';
export { hashLoginToken, LOGIN_TOKEN_TTL_MINUTES } from './login-token';
