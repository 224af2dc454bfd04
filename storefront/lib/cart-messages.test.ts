import { cartErrorMessage, cartProblemMessage, couponReasonKey } from './cart-messages';
import { dictionaries } from './i18n';

const en = dictionaries.en;
const pt = dictionaries['pt-BR'];

describe('cartErrorMessage', () => {
  it('says how many are left when the quantity is too high', () => {
    expect(
      cartErrorMessage(
        {
          code: 'INSUFFICIENT_STOCK',
          message: 'Only 2 available',
          fields: { quantity: 'only 2 available' },
        },
        en,
      ),
    ).toBe('Only 2 available.');
    expect(cartErrorMessage({ code: 'INSUFFICIENT_STOCK', message: 'Only 0 available' }, en)).toBe(
      en.errorSoldOutNow,
    );
  });

  it('explains an unavailable variant, a changed cart and unpaid stores', () => {
    expect(cartErrorMessage({ code: 'PRODUCT_UNAVAILABLE', message: '' }, en)).toBe(
      en.errorVariantUnavailable,
    );
    expect(cartErrorMessage({ code: 'CART_NEEDS_REVIEW', message: '' }, pt)).toBe(pt.cartChanged);
    expect(cartErrorMessage({ code: 'PAYMENTS_NOT_CONFIGURED', message: '' }, en)).toBe(
      en.paymentsNotConfigured,
    );
  });

  it('says why a coupon does not apply, in the store’s language', () => {
    const coupon = (message: string) =>
      cartErrorMessage({ code: 'COUPON_NOT_APPLICABLE', message, fields: { code: message } }, pt);
    expect(coupon('This code has expired')).toBe(pt.couponExpired);
    expect(coupon('This code does not exist')).toBe(pt.couponUnknown);
    expect(coupon('The order is below this code’s minimum')).toBe(pt.couponMinimum);
    expect(coupon('Something new')).toBe(pt.couponNotApplicable);
  });

  it('names the missing step before paying', () => {
    const validation = (fields: Record<string, string>) =>
      cartErrorMessage({ code: 'VALIDATION_FAILED', message: '', fields }, en);
    expect(validation({ email: 'is required before paying' })).toBe(en.needEmail);
    expect(validation({ shippingAddress: 'is required' })).toBe(en.needAddress);
    expect(validation({ shippingRateId: 'choose' })).toBe(en.needShipping);
    expect(validation({ code: 'bad' })).toBe(en.couponInvalid);
  });

  it('never shows the API’s English text', () => {
    expect(cartErrorMessage({ code: 'INTERNAL', message: 'Stack trace here' }, pt)).toBe(
      pt.genericError,
    );
    expect(cartErrorMessage({ code: 'NETWORK', message: 'Failed to fetch' }, pt)).toBe(
      pt.networkError,
    );
  });
});

describe('cartProblemMessage', () => {
  const context = { titleOf: () => 'Blue mug', currency: 'BRL' };

  it('describes each problem with the line’s title', () => {
    expect(
      cartProblemMessage(
        { code: 'PRICE_CHANGED', message: '', previousPrice: 4990, price: 5990 },
        context,
        en,
        'en',
      ),
    ).toBe('The price of Blue mug changed from R$49.90 to R$59.90.');
    expect(
      cartProblemMessage(
        { code: 'INSUFFICIENT_STOCK', message: '', available: 1 },
        context,
        en,
        'en',
      ),
    ).toBe('Only 1 of Blue mug left. Lower the quantity to continue.');
    expect(
      cartProblemMessage({ code: 'PRODUCT_UNAVAILABLE', message: '' }, context, en, 'en'),
    ).toContain('Blue mug is no longer available');
    expect(
      cartProblemMessage(
        { code: 'COUPON_NOT_APPLICABLE', message: 'This code has expired' },
        context,
        en,
        'en',
      ),
    ).toBe('Your coupon no longer applies (this coupon has expired). Remove it to continue.');
  });

  it('maps coupon reasons to message keys', () => {
    expect(couponReasonKey('This code has been used up')).toBe('couponUsedUp');
    expect(couponReasonKey('You have already used this code')).toBe('couponAlreadyUsed');
    expect(couponReasonKey('This code is not valid yet')).toBe('couponNotStarted');
  });
});
