import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../core/auth/access.decorator';
import { CredentialSigner } from './credential-signer';
import { WalletService } from './wallet.service';

/** Documents served at the origin's root (outside `/api`), where the standards look for them. */
@ApiTags('certifications')
@Controller()
export class WellKnownController {
  constructor(
    private readonly signer: CredentialSigner,
    private readonly wallet: WalletService,
  ) {}

  @Get('.well-known/openid-credential-issuer')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({ description: 'OpenID for VC Issuance: the credential issuer’s metadata' })
  credentialIssuer() {
    return this.wallet.issuerMetadata();
  }

  @Get('.well-known/oauth-authorization-server')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({
    description: 'OAuth authorization server metadata (the token endpoint of the pre-authorized code flow)',
  })
  authorizationServer() {
    return this.wallet.authorizationServerMetadata();
  }

  @Get('.well-known/did.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({
    description:
      'The issuer’s did:web DID document: the key every credential’s kid (did:web:<host>#key-1) names, as a JWK',
  })
  didDocument() {
    return this.signer.didDocument();
  }

  // did:web of a PUBLIC_URL with a path (https://host/academy) is did:web:host:academy, read from <path>/did.json.
  @Get('did.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({ description: 'The same DID document, where did:web looks for it when PUBLIC_URL has a path' })
  didDocumentAtPath() {
    return this.signer.didDocument();
  }
}
