/** Approve a draft workplan: each line becomes a training request (instructor-led) or an open cohort (self-paced). */
export interface ApproveWorkplanCommand {
  workplanId: string;
}
