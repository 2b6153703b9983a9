export interface IssueCertificationsCommand {
  /** The officer whose completed courses may now meet a programme's requirements. */
  holderId: string;
}
