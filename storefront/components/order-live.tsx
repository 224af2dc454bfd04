'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { completeCheckout } from '../lib/cart-client';

// Stripe sends the shopper back before (or while) its webhook confirms the payment.
const refreshEveryMs = 3_000;
const maxRefreshes = 40;

/**
 * Beside an order's details: forgets the cart this order was paid from, and while the order
 * still awaits its payment confirmation, re-renders the page every few seconds until it arrives.
 */
export function OrderLive({
  orderId,
  awaitingPayment,
}: {
  orderId: string;
  awaitingPayment: boolean;
}) {
  const router = useRouter();
  useEffect(() => {
    completeCheckout(orderId);
  }, [orderId]);
  useEffect(() => {
    if (!awaitingPayment) return;
    let count = 0;
    const timer = window.setInterval(() => {
      count += 1;
      if (count > maxRefreshes) window.clearInterval(timer);
      else router.refresh();
    }, refreshEveryMs);
    return () => window.clearInterval(timer);
  }, [awaitingPayment, router]);
  return null;
}
