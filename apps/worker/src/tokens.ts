export const MAIL_SENDER = Symbol('MAIL_SENDER');
