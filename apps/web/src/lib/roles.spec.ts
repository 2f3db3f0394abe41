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

  it('refuses what a browser would read as another site: backslashes, tabs and line breaks', () => {
    for (const path of ['/\\evil.example', '/\\/evil.example', '\\\\evil.example', '/\t/evil.example', '/\n/evil.example', '/tasks\\..\\x']) {
      expect(safeRedirectPath(path)).toBeNull();
    }
    expect(safeRedirectPath('/directives?q=a%5Cb')).toBe('/directives?q=a%5Cb');
  });
});
