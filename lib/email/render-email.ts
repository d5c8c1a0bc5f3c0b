import { render, toPlainText } from '@react-email/render';
import { createElement } from 'react';
import { env } from '@/lib/env';
import { NoticeEmail, type NoticeEmailProps } from './templates/notice-email';

export type RenderedEmail = { subject: string; html: string; text: string };

/** Absolute link for emails (they are read outside the site). */
export function absoluteUrl(path: string): string {
  return new URL(path, env.APP_URL).toString();
}

/**
 * Renders the branded template to HTML plus its plain-text alternative (for clients that show no
 * HTML and for spam filters, which distrust HTML-only mail).
 */
export async function renderNoticeEmail(subject: string, props: NoticeEmailProps): Promise<RenderedEmail> {
  const html = await render(createElement(NoticeEmail, props));
  const text = toPlainText(html);
  return { subject, html, text };
}
