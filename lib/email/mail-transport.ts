import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';

export type OutgoingMail = {
  /** The email row id: it names the .eml file and the Message-ID, so a resend is recognisable. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string> | null;
};

export type SentMail = { transport: 'SMTP' | 'FILE'; providerMessageId: string; filePath: string | null };

export type MailTransport = {
  kind: 'SMTP' | 'FILE';
  send: (mail: OutgoingMail) => Promise<SentMail>;
  close: () => void;
};

export type MailTransportConfig = { smtpUrl?: string; mailDir: string; timeoutMs: number; from: string };

const defaultConfig = (): MailTransportConfig => ({
  smtpUrl: env.SMTP_URL,
  mailDir: env.MAIL_DIR,
  timeoutMs: env.SMTP_TIMEOUT_MS,
  from: env.MAIL_FROM,
});

function mimeFields(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: `<${mail.id}@botica.mail>`,
    ...(mail.headers ? { headers: mail.headers } : {}),
  };
}

/**
 * SMTP when SMTP_URL is set, with connect/greeting/socket timeouts so a dead server fails the send
 * (to be retried) instead of hanging the sender. Otherwise each message is written as an .eml file
 * under MAIL_DIR, the local stand-in that the admin page "Correos" lists.
 */
export function createMailTransport(config: MailTransportConfig = defaultConfig()): MailTransport {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: config.timeoutMs,
      greetingTimeout: config.timeoutMs,
      socketTimeout: config.timeoutMs,
    });
    return {
      kind: 'SMTP',
      send: async (mail) => {
        const info = await smtp.sendMail(mimeFields(mail, config.from));
        if (info.accepted.length === 0) throw new Error(`The SMTP server refused the recipient: ${info.response}`);
        return { transport: 'SMTP', providerMessageId: info.messageId, filePath: null };
      },
      close: () => smtp.close(),
    };
  }

  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const dir = path.resolve(config.mailDir);
  return {
    kind: 'FILE',
    send: async (mail) => {
      const info = await builder.sendMail(mimeFields(mail, config.from));
      await mkdir(dir, { recursive: true });
      // Named by the row id: sending the same row again overwrites its file instead of adding a copy.
      const filePath = path.join(dir, `${mail.id}.eml`);
      await writeFile(filePath, info.message as Buffer);
      return { transport: 'FILE', providerMessageId: info.messageId, filePath };
    },
    close: () => builder.close(),
  };
}
