/** Words of the certification domain, shared by the API and the portal. */
/** The statuses of a certification, in the order filters list them. */
export const CERTIFICATION_STATUSES = ['active', 'expired', 'revoked'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
