import { useQuery } from '@tanstack/react-query';
import { downloadSizeQueryOptions } from '@/lib/download-size';

/**
 * The printable certificate (PDF with a QR code of the verification page). A plain link downloads it:
 * the browser sends the session cookie, and the API names the file.
 */
export function certificatePdfHref(id: string): string {
  return `/api/certifications/${encodeURIComponent(id)}/certificate.pdf`;
}

/** The size of the certificate's PDF (a `HEAD` request to its link), for "Download PDF (24 kB)"; undefined until known. */
export function useCertificatePdfSize(id: string): number | null | undefined {
  return useQuery(downloadSizeQueryOptions(certificatePdfHref(id))).data;
}
