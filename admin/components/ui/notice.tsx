'use client';

import type { ReactNode } from 'react';

const tones = {
  info: 'border-sky-300 bg-sky-50 text-sky-950',
  success: 'border-green-300 bg-green-50 text-green-950',
  warning: 'border-amber-400 bg-amber-50 text-amber-950',
} as const;

interface NoticeProps {
  tone?: keyof typeof tones;
  title?: string;
  children?: ReactNode;
  /** `status` announces changes politely; leave undefined for static text. */
  role?: 'status';
  className?: string;
}

/** A boxed message; the text carries the meaning, the colour only repeats it. */
export function Notice({ tone = 'info', title, children, role, className }: NoticeProps) {
  return (
    <div role={role} className={`rounded-md border p-3 text-sm ${tones[tone]} ${className ?? ''}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? 'mt-1' : undefined}>{children}</div> : null}
    </div>
  );
}
