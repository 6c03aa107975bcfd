import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './router';

describe('router', () => {
  it('reads pages from the hash and writes them back', () => {
    expect(parseRoute('#/login')).toEqual({ page: 'login' });
    expect(parseRoute('')).toEqual({ page: 'applications' });
    expect(parseRoute('#/applications/my%20app')).toEqual({ page: 'application', name: 'my app' });
    expect(hrefOf({ page: 'application', name: 'my app' })).toBe('#/applications/my%20app');
  });
});
