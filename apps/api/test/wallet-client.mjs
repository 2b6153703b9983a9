// A wallet, played with an independent OpenID for VC Issuance client (@openid4vc/openid4vci, not the project's
// code): it resolves the offer and the issuer's metadata, takes an access token with the pre-authorized code,
// asks for a nonce, proves it holds its own Ed25519 key and receives the credential. Run by
// certifications/wallet.integration-spec.ts as a child process (the library is ES modules only).
//   OFFER_URI   openid-credential-offer://?credential_offer=…
//   API_BASE    where the API really listens (http://127.0.0.1:port); PUBLIC_URL's origin is mapped to it
// Prints one JSON line: { credential, holderJwk, format, tokenType }.
import { Openid4vciClient } from '@openid4vc/openid4vci';
import { clientAuthenticationAnonymous, HashAlgorithm, setGlobalConfig } from '@openid4vc/oauth2';
import { createHash, randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

const { OFFER_URI, API_BASE } = process.env;
setGlobalConfig({ allowInsecureUrls: false });

const toApi = (input) => {
  const url = new URL(typeof input === 'string' ? input : (input.url ?? String(input)));
  return `${API_BASE}${url.pathname}${url.search}`;
};
const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const holderJwk = await exportJWK(publicKey);

const client = new Openid4vciClient({
  callbacks: {
    fetch: (input, init) => fetch(toApi(input), init),
    hash: (data, alg) =>
      new Uint8Array(
        createHash(alg === HashAlgorithm.Sha384 ? 'sha384' : alg === HashAlgorithm.Sha512 ? 'sha512' : 'sha256')
          .update(data)
          .digest(),
      ),
    generateRandom: (n) => new Uint8Array(randomBytes(n)),
    clientAuthentication: clientAuthenticationAnonymous(),
    signJwt: async (signer, { header, payload }) => ({
      jwt: await new SignJWT(payload).setProtectedHeader(header).sign(privateKey),
      signerJwk: signer.publicJwk ?? holderJwk,
    }),
  },
});

const offer = await client.resolveCredentialOffer(OFFER_URI);
const issuerMetadata = await client.resolveIssuerMetadata(offer.credential_issuer);
const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
  credentialOffer: offer,
  issuerMetadata,
});
const { c_nonce } = await client.requestNonce({ issuerMetadata });
const credentialConfigurationId = offer.credential_configuration_ids[0];
const { jwt: proof } = await client.createCredentialRequestJwtProof({
  issuerMetadata,
  credentialConfigurationId,
  nonce: c_nonce,
  signer: { method: 'jwk', publicJwk: holderJwk, alg: 'EdDSA' },
});
const response = await client.retrieveCredentials({
  issuerMetadata,
  accessToken: accessTokenResponse.access_token,
  credentialConfigurationId,
  proofs: { jwt: [proof] },
});
const body = response.credentialResponse;
const credential = body.credentials?.[0]?.credential ?? body.credential;
process.stdout.write(
  `${JSON.stringify({
    credential,
    holderJwk,
    version: issuerMetadata.originalDraftVersion,
    tokenType: accessTokenResponse.token_type,
  })}\n`,
);
