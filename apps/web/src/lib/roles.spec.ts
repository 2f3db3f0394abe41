import { describe, expect, it } from '@jest/globals';
import { homePathForRole, safeRedirectPath } from './roles';

describe('homePathForRole', () => {
  it('sends each role to the screen its work starts from', () => {
    expect(homePathForRole('leader')).toBe('/dashboard');
    expect(homePathForRole('clerk')).toBe('/directives');
    expect(homePathForRole('admin')).toBe('/directives');
    expect(homePathForRole('unit_head')).toBe('/tasks');
    expect(homePathForRole('unit_staff')).toBe('/tasks');
  });
});

describe('safeRedirectPath', () => {
  it('accepts paths inside the app only', () => {
    expect(safeRedirectPath('/tasks/5?x=1')).toBe('/tasks/5?x=1');
    expect(safeRedirectPath('//evil.example')).toBeNull();
    expect(safeRedirectPath('https://evil.example')).toBeNull();
    expect(safeRedirectPath('/login')).toBeNull();
    expect(safeRedirectPath(null)).toBeNull();
  });
});
