import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/ApiClient';
import { memoryTokenStore } from '../api/tokenStore';
import { fakeServer } from '../test/fakeServer';
import { LoginPage } from './LoginPage';

function signIn(password: string) {
  fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'admin' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('stores the session token and reports success', async () => {
    const tokens = memoryTokenStore();
    const server = fakeServer({ 'POST /api/v1/session': { body: { token: 'jwt-1' } } });
    const onLoggedIn = vi.fn();
    render(<LoginPage api={new ApiClient({ tokens, fetch: server.fetch })} onLoggedIn={onLoggedIn} />);

    signIn('s3cret');

    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledOnce());
    expect(tokens.get()).toBe('jwt-1');
  });

  it('shows the server message when the password is wrong', async () => {
    const server = fakeServer({
      'POST /api/v1/session': {
        status: 401,
        body: { error: 'Invalid username or password', message: 'Invalid username or password', code: 16 },
      },
    });
    const onLoggedIn = vi.fn();
    render(<LoginPage api={new ApiClient({ tokens: memoryTokenStore(), fetch: server.fetch })} onLoggedIn={onLoggedIn} />);

    signIn('wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('Log in: Invalid username or password');
    expect(onLoggedIn).not.toHaveBeenCalled();
  });

  it('shows how long to wait when logins are rate limited', async () => {
    const server = fakeServer({
      'POST /api/v1/session': {
        status: 429,
        body: { error: 'too many failed logins; try again in 2s', message: 'too many failed logins; try again in 2s', code: 8 },
      },
    });
    render(<LoginPage api={new ApiClient({ tokens: memoryTokenStore(), fetch: server.fetch })} onLoggedIn={() => {}} />);

    signIn('x');

    expect((await screen.findByRole('alert')).textContent).toContain('try again in 2s');
  });
});
