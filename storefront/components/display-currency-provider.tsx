'use client';

import type { DisplayCurrency } from '@mpb/contracts';
import { createContext, useContext, type ReactNode } from 'react';

// The currency this shopper chose to see prices in (null: the store's own only). The root layout
// knows it from the visit; prices deep in server or client components read it from here, so no
// template has to pass it along.
const DisplayCurrencyContext = createContext<DisplayCurrency | null>(null);

export function DisplayCurrencyProvider({
  currency,
  children,
}: {
  currency: DisplayCurrency | null;
  children: ReactNode;
}) {
  return <DisplayCurrencyContext value={currency}>{children}</DisplayCurrencyContext>;
}

export function useDisplayCurrency(): DisplayCurrency | null {
  return useContext(DisplayCurrencyContext);
}
