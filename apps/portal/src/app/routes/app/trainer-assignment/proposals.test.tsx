import { screen, within } from '@testing-library/react';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { paths } from '@/config/paths';
import { getAssignmentsQueryOptions, type Assignment } from '@/features/trainer-assignment/api/get-assignments';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { ProposalsRoute } from './proposals';

const proposal = (id: string, courseTitle: string): Assignment => ({
  id,
  trainingRequestId: `r-${id}`,
  trainerId: 'me',
  trainerName: 'Ana Souza',
  trainerPseudonym: null,
  memberFirmId: 'f-1',
  trainerPool: 'expert',
  status: 'proposed',
  startsAt: '2031-03-10T12:00:00.000Z',
  endsAt: '2031-03-14T12:00:00.000Z',
  courseTitle,
  policeUnitName: 'Cyber unit',
  countryCode: 'BR',
  deliveryMode: 'in_person',
  language: 'pt',
  rank: 1,
  proposedAt: '2031-03-01T12:00:00.000Z',
  // Far ahead: the proposals can still be answered whatever today's date.
  expiresAt: '2099-01-01T00:00:00.000Z',
  declineReason: null,
});

const PROPOSALS = [proposal('a-1', 'Malware analysis'), proposal('a-2', 'Mobile forensics')];

function open(url: string) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getAssignmentsQueryOptions({ page: 1, status: 'proposed' }).queryKey, {
    items: PROPOSALS,
    total: 2,
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  });
  return renderPage(<ProposalsRoute />, { path: paths.app.proposals.path, url, queryClient });
}

describe('Proposals (page) opened from the proposal e-mail', () => {
  it('“Accept” in the e-mail: that proposal comes first with its Accept button focused, nothing answered yet', () => {
    open(paths.app.proposals.getHref({ assignment: 'a-2', answer: 'accept' }));
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Mobile forensics',
      'Malware analysis',
    ]);
    expect(screen.getByRole('button', { name: /Accept.*Mobile forensics/ })).toHaveFocus();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('“Decline” in the e-mail: that proposal’s decline form is open, asking for the reason', () => {
    open(paths.app.proposals.getHref({ assignment: 'a-2', answer: 'decline' }));
    const card = screen.getAllByRole('article')[0];
    expect(within(card).getByRole('button', { name: /Decline.*Mobile forensics/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(card).getByRole('textbox')).toBeInTheDocument();
    expect(within(screen.getAllByRole('article')[1]).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('without a link from an e-mail, keeps the list as it is and focuses nothing', () => {
    open(paths.app.proposals.getHref());
    expect(screen.getAllByRole('article').map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Malware analysis',
      'Mobile forensics',
    ]);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);
  });
});
