import { describe, expect, it } from 'vitest';
import { providerSettingsFromEnv } from '../../../src/main/core/payments/provider-settings.ts';

describe('the demo simulator from the environment', () => {
  it('the demo starts its own simulator unless one already runs at KASSA_DEMO_STRIPE_URL', () => {
    expect(providerSettingsFromEnv({}).stripe).toEqual({ mode: 'demo' });
    expect(providerSettingsFromEnv({ KASSA_DEMO_STRIPE_URL: 'http://127.0.0.1:12111' }).stripe).toEqual({
      mode: 'demo',
      simulatorUrl: 'http://127.0.0.1:12111',
    });
  });

  it('real keys win over the demo, and a URL that is not one is refused in words', () => {
    expect(
      providerSettingsFromEnv({ KASSA_STRIPE_SECRET_KEY: 'sk_test_abc', KASSA_DEMO_STRIPE_URL: 'http://x:1' })
        .stripe.mode,
    ).toBe('account');
    expect(() => providerSettingsFromEnv({ KASSA_DEMO_STRIPE_URL: 'not a url' })).toThrow();
  });
});
