/**
 * The printable certificate (PDF with a QR code of the verification page). A plain link downloads it:
 * the browser sends the session cookie, and the API names the file.
 */
export function certificatePdfHref(id: string): string {
  return `/api/certifications/${encodeURIComponent(id)}/certificate.pdf`;
}
