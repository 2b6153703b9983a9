import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Asks for a password-reset link by e-mail; the answer is the same whether or not the account exists. */
export function forgotPassword(email: string): Promise<unknown> {
  return unwrap(api.POST('/api/auth/forgot-password', { body: { email } }));
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
