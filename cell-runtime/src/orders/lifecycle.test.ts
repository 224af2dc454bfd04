import { canMove, orderStatuses } from './lifecycle';

describe('the order lifecycle', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = orderStatuses.flatMap((from) =>
      orderStatuses.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'created→paid',
      'created→cancelled',
      'paid→shipped',
      'paid→cancelled',
      'paid→refunded',
      'shipped→delivered',
      'shipped→refunded',
      'delivered→refunded',
    ]);
  });
});
