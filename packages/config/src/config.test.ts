import { z } from 'zod';
import { ConfigError, env, loadConfig } from './index';

const schema = z.object({ PORT: env.port(4000), SECRET: env.secret(), DEBUG: env.boolean(false) });

describe('loadConfig', () => {
  it('applies defaults and coerces', () => {
    expect(loadConfig('svc', schema, { SECRET: 's'.repeat(32), DEBUG: 'yes' })).toEqual({
      PORT: 4000,
      SECRET: 's'.repeat(32),
      DEBUG: true,
    });
  });

  it('names every variable at fault and never defaults a secret', () => {
    const attempt = () => loadConfig('svc', schema, { PORT: 'eighty', SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.variable).sort()).toEqual([
        'PORT',
        'SECRET',
      ]);
      expect((error as Error).message).toContain('svc: invalid configuration');
    }
    expect(() => loadConfig('svc', schema, {})).toThrow(/SECRET/);
  });
});
