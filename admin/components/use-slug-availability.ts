'use client';

import { useEffect, useState } from 'react';
import { reservedSlugs, slugSchema } from '@mpb/contracts';
import { platformApi } from '../lib/browser-client';

export type SlugState =
  'idle' | 'invalid' | 'checking' | 'available' | 'taken' | 'reserved' | 'error';

/**
 * Whether `slug` can name a new store, asked of the platform once typing pauses. Format and
 * reserved words are checked here first, so most keystrokes cost no request.
 */
export function useSlugAvailability(slug: string, delayMs = 300): SlugState {
  const [answer, setAnswer] = useState<{ slug: string; state: SlugState } | null>(null);
  const localState = checkLocally(slug);

  useEffect(() => {
    if (localState !== 'checking') return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      platformApi
        .checkSlug(slug, controller.signal)
        .then((result) =>
          setAnswer({ slug, state: result.available ? 'available' : (result.reason ?? 'taken') }),
        )
        .catch(() => {
          if (!controller.signal.aborted) setAnswer({ slug, state: 'error' });
        });
    }, delayMs);
    // A newer keystroke cancels both the pending timer and a request already in flight.
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [slug, localState, delayMs]);

  if (localState !== 'checking') return localState;
  // An answer about an earlier slug says nothing about this one.
  return answer?.slug === slug ? answer.state : 'checking';
}

function checkLocally(slug: string): SlugState {
  if (slug === '') return 'idle';
  if (!slugSchema.safeParse(slug).success) return 'invalid';
  if (reservedSlugs.has(slug)) return 'reserved';
  return 'checking';
}
