import { describe, expect, it } from 'vitest';
import { dashboardHref, parseDashboardFilters } from '@/lib/validations/dashboard';

describe('the dashboard filters in the URL', () => {
  it('reads every filter that parses', () => {
    expect(parseDashboardFilters({ period: '2023-24-Q2', objective: 'cm123', division: 'cm456', status: 'AT_RISK', plan: '2022-2025' })).toEqual({
      period: '2023-24-Q2',
      objective: 'cm123',
      division: 'cm456',
      status: 'AT_RISK',
      plan: '2022-2025',
    });
  });

  it.each([
    ['an unknown status', { status: 'GREAT' }],
    ['a period that is not a quarter or a school year', { period: '2023-Q7' }],
    ['an id with markup', { objective: '<script>' }],
    ['empty values from the filter form', { period: '', objective: '', division: '', status: '' }],
  ])('drops %s instead of failing', (_name, params) => {
    expect(parseDashboardFilters(params)).toEqual({});
  });

  it('takes the first of repeated values', () => {
    expect(parseDashboardFilters({ status: ['OFF_TRACK', 'MET'] })).toEqual({ status: 'OFF_TRACK' });
  });

  it('writes a shareable link with only the filters that are set', () => {
    expect(dashboardHref({ period: '2023-24-Q2', status: 'AT_RISK', division: undefined })).toBe('/dashboard?period=2023-24-Q2&status=AT_RISK');
    expect(dashboardHref({}, '/dashboard/report/csv')).toBe('/dashboard/report/csv');
    expect(dashboardHref({ objective: 'o1' }, '/dashboard', '#goals')).toBe('/dashboard?objective=o1#goals');
  });
});
