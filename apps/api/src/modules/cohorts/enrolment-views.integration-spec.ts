import { TestApp } from '../../../test/test-app';
import { selectRows } from '../../core/database/sql';
import { runInTransaction } from '../../core/database/transaction';
import { findEnrolmentViews } from './enrolment-views';

/** The enrolment list is on every officer's dashboard: its page statement is prepared (core/database/sql.ts). */
describe('enrolment views: one prepared statement for every page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('the enrolment list’s page statement is one text for every page, and runs on its generic plan after five runs', async () => {
    const officer = await t.signIn('officer');
    await runInTransaction(t.db, async (manager) => {
      for (const offset of [0, 20, 40, 0, 20, 40, 0, 20]) {
        await findEnrolmentViews(manager, officer, 'e.officer_id = $1', [officer.id], 'ORDER BY e.id', {
          limit: 20,
          offset,
        });
      }
      const kept = await selectRows<{ generic_plans: string; custom_plans: string }>(
        manager,
        `SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%LIMIT $2 OFFSET $3%'`,
      );
      expect(kept).toHaveLength(1);
      // Planned afresh for the first five runs only: PostgreSQL then keeps the generic plan.
      expect(Number(kept[0].custom_plans)).toBeLessThanOrEqual(5);
      expect(Number(kept[0].generic_plans)).toBeGreaterThanOrEqual(3);
    });
  });
});
