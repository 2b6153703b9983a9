import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Certification } from '@/features/certifications/api/get-certifications';
import { revokeCertification } from '@/features/certifications/api/revoke-certification';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { RevokeButton } from './revoke-button';

// The revocation is a POST: its fetcher is stubbed, the hook and the dialog are the real ones.
jest.mock('@/features/certifications/api/revoke-certification', () => {
  const { useMutation } = jest.requireActual('@tanstack/react-query');
  const revokeCertification = jest.fn();
  return { revokeCertification, useRevokeCertification: () => useMutation({ mutationFn: revokeCertification }) };
});

const CERT = {
  id: 'cert-1',
  programmeName: 'Certified Digital Evidence Examiner',
  holderName: 'Ana Alves',
  status: 'active',
} as Certification;

describe('revoking with a category (issue 15)', () => {
  beforeAll(() => {
    // jsdom has <dialog> but not its modal methods.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });

  it('sends the category verifiers will see beside the reason only the holder and admins read', async () => {
    jest.mocked(revokeCertification).mockResolvedValue({ ...CERT, status: 'revoked' });
    const onRevoked = jest.fn();
    renderPage(<RevokeButton certification={CERT} onRevoked={onRevoked} />, {
      path: '/',
      url: '/',
      queryClient: createTestQueryClient(),
    });
    fireEvent.click(screen.getByRole('button', { name: /Revoke/ }));
    const category = screen.getByRole('combobox', { name: 'Category' });
    expect(category).toHaveValue('other');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Issued in error',
      'Obtained by fraud',
      'Misconduct',
      'At the holder’s request',
      'Other reason',
    ]);
    fireEvent.change(category, { target: { value: 'fraud' } });
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Exam taken by someone else' } });
    fireEvent.submit(category.closest('form')!);
    await waitFor(() => expect(onRevoked).toHaveBeenCalled());
    expect(jest.mocked(revokeCertification).mock.calls[0][0]).toEqual({
      id: 'cert-1',
      reason: 'Exam taken by someone else',
      category: 'fraud',
    });
  });
});
