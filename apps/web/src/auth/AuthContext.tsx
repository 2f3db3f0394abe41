import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthorized } from '../api/client';
import { authApi } from '../api/endpoints';
import type { CurrentUser } from '../api/types';

interface AuthState {
  /** Who is signed in: undefined until the API has said, null when nobody is. */
  user: CurrentUser | null | undefined;
  login(email: string, password: string): Promise<CurrentUser>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);

  const signOutLocally = useCallback(() => {
    setUser(null);
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => onUnauthorized(signOutLocally), [signOutLocally]);

  // The session is a cookie no script can read: the API says whose it is.
  useEffect(() => {
    let cancelled = false;
    authApi.me().then(
      (fresh) => {
        if (!cancelled) setUser(fresh);
      },
      () => {
        // Signed out, or the API is unreachable: the sign-in page says which when the person tries.
        if (!cancelled) setUser(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await authApi.login(email, password);
      queryClient.clear();
      setUser(result.user);
      return result.user;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    // Only the server can clear the cookie and end the session; a sign-in right after must not race it.
    await authApi.logout().catch(() => undefined);
    signOutLocally();
  }, [signOutLocally]);

  const value = useMemo<AuthState>(() => ({ user, login, logout }), [user, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** For screens behind RequireAuth, where a user is always present. */
export function useCurrentUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser outside RequireAuth');
  return user;
}
