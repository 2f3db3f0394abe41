import type { Role } from '../api/types';

/** Where a person lands after signing in: the screen their daily work starts from. */
export function homePathForRole(role: Role | null | undefined): string {
  switch (role) {
    case 'leader':
      return '/dashboard';
    case 'clerk':
    case 'admin':
      return '/directives';
    default:
      return '/tasks';
  }
}

export function canSeeDashboard(role: Role | null | undefined): boolean {
  return role === 'leader' || role === 'clerk' || role === 'admin';
}

export function canEnterDirectives(role: Role | null | undefined): boolean {
  return role === 'clerk' || role === 'admin';
}

export function isAdmin(role: Role | null | undefined): boolean {
  return role === 'admin';
}

/**
 * Only a path inside the app, never an absolute URL, may be a post-login target. Browsers read a
 * backslash as a slash and drop tabs and line breaks, so `/\evil.example` or `/<tab>/evil.example`
 * would leave the site like `//evil.example`: any of them refuses the path.
 */
export function safeRedirectPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}
