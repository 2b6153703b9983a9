import type { Schemas } from '@icspa/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type WalletOffer = Schemas['WalletOfferResponseDto'];

/** A one-time offer of the holder's credential to a wallet (OpenID for VC Issuance), valid ten minutes. */
export function createWalletOffer(id: string) {
  return unwrap(api.POST('/api/certifications/{id}/wallet-offer', { params: { path: { id } }, body: {} }));
}

export function useCreateWalletOffer() {
  return useMutation({ mutationFn: createWalletOffer });
}

/** The signed credential as a `.jwt` file: a plain link (the browser sends the session cookie, the API names the file). */
export function credentialJwtHref(id: string): string {
  return `/api/certifications/${encodeURIComponent(id)}/credential.jwt`;
}
