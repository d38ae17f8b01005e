'use client';

import { useEffect, useRef } from 'react';

/**
 * For a `<select>` that navigates on change: a choice made before the page's script had arrived (a
 * slow connection) reached no handler, yet the page shows it selected. On the first render in the
 * browser it is applied, as if the change had come a moment later. Put `autoComplete="off"` on the
 * select as well, so the browser never puts back a choice of an earlier visit on its own.
 */
export function useEarlyChoice(rendered: string, apply: (value: string) => void) {
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const chosen = ref.current?.value ?? rendered;
    if (chosen !== rendered && chosen !== '') apply(chosen);
    // Once, on the first render in the browser: later renders show the server's value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
