import { fireEvent, render, screen } from '@testing-library/react';
import { lastMonths } from '@/features/uptake/lib/period';
import { UptakeFilters, type UptakeFilterValue } from './uptake-filters';

const REGIONS = [
  { value: 'europe', label: 'Europe' },
  { value: 'south-america', label: 'South America' },
];
const TOPICS = [{ value: 'fraud', label: 'Fraud' }];
const COURSES = [{ value: 'c-1', label: 'DF-201 · Digital forensics' }];

function show(value: UptakeFilterValue, props: { regions?: typeof REGIONS; optionsLoading?: boolean } = {}) {
  const onChange = jest.fn<void, [UptakeFilterValue]>();
  const view = render(
    <UptakeFilters value={value} topics={TOPICS} courses={COURSES} onChange={onChange} regions={REGIONS} {...props} />,
  );
  return { onChange, view };
}

const month = (label: 'From' | 'To') => screen.getByLabelText(label);
const choice = (name: string) => screen.getByRole('combobox', { name });

describe('Uptake filters', () => {
  it('applies a period at once when its end is not before its start', () => {
    const { onChange } = show({ from: '2025-01', to: '2025-06', topic: 'fraud' });
    expect(screen.getByRole('group', { name: 'Figures for' })).toBeInTheDocument();
    expect(month('From')).toHaveValue('2025-01');
    expect(month('To')).toHaveValue('2025-06');

    fireEvent.change(month('To'), { target: { value: '2025-03' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2025-01', to: '2025-03', topic: 'fraud' });
  });

  it('refuses a period that ends before it starts, with a message tied to both months', () => {
    const { onChange } = show({ from: '2025-01', to: '2025-06' });
    fireEvent.change(month('To'), { target: { value: '2024-12' } });

    expect(screen.getByRole('alert')).toHaveTextContent('The period must end in or after its first month.');
    expect(month('From')).toHaveAttribute('aria-invalid', 'true');
    expect(month('To')).toHaveAccessibleDescription('The period must end in or after its first month.');
    expect(onChange).not.toHaveBeenCalled();

    // Moving the start back makes the typed period whole again: it applies, and the message goes.
    fireEvent.change(month('From'), { target: { value: '2024-10' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024-10', to: '2024-12' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('marks the preset the period is, and a preset sets the last months, keeping the other filters', () => {
    const { onChange } = show({ ...lastMonths(12), region: 'europe', courseId: 'c-1' });
    expect(screen.getByRole('button', { name: 'Last 12 months' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Last 24 months' })).toHaveAttribute('aria-pressed', 'false');

    fireEvent.click(screen.getByRole('button', { name: 'Last 24 months' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...lastMonths(24), region: 'europe', courseId: 'c-1' });
  });

  it('marks no preset for a period of chosen months', () => {
    show({ from: '2020-01', to: '2020-12' });
    expect(screen.getByRole('button', { name: 'Last 12 months' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('sets region, topic and course, and "All …" clears one', () => {
    const { onChange } = show({ from: '2025-01', to: '2025-06', region: 'europe', topic: 'fraud' });
    expect(choice('Region')).toHaveValue('europe');

    fireEvent.change(choice('Course'), { target: { value: 'c-1' } });
    expect(onChange).toHaveBeenLastCalledWith({
      from: '2025-01',
      to: '2025-06',
      region: 'europe',
      topic: 'fraud',
      courseId: 'c-1',
    });
    fireEvent.change(choice('Topic'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2025-01', to: '2025-06', region: 'europe', topic: undefined });
    expect(screen.getByRole('option', { name: 'All topics' })).toBeInTheDocument();
  });

  it('has no region for a view bound to one place, and waits for the choices to load', () => {
    show({ from: '2025-01', to: '2025-06' }, { regions: undefined, optionsLoading: true });
    expect(screen.queryByRole('combobox', { name: 'Region' })).not.toBeInTheDocument();
    expect(choice('Topic')).toBeDisabled();
    expect(choice('Course')).toBeDisabled();
    expect(month('From')).toBeEnabled();
  });
});
