'use client';

import type { z } from 'zod';
import type { ticketSchema } from '@mpb/contracts';
import { useI18n } from '../i18n-provider';
import { formatDateTime } from './format';

type Ticket = z.infer<typeof ticketSchema>;

/** The messages of a support ticket, oldest first, merchant and operator told apart. */
export function TicketThread({ ticket }: { ticket: Ticket }) {
  const { t, language } = useI18n();
  return (
    <ol className="space-y-3">
      {ticket.messages.map((message) => (
        <li
          key={message.id}
          className={`rounded-lg border p-3 ${
            message.author === 'operator'
              ? 'border-indigo-200 bg-indigo-50'
              : 'border-slate-200 bg-white'
          }`}
        >
          <p className="text-sm text-slate-700">
            <span className="font-medium">
              {message.author === 'operator'
                ? t.manage.help.fromSupport
                : (message.authorEmail ?? t.manage.help.fromStore)}
            </span>
            {' · '}
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
          </p>
          <p className="mt-1 whitespace-pre-wrap break-words">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
