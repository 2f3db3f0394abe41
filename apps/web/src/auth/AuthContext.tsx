import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthorized, tokenStore } from '../api/client';
import { authApi } from '../api/endpoints';
import type { CurrentUser } from '../api/types';

const USER_KEY = 'dondoc.user';

interface AuthState {
  user: CurrentUser | null;
  login(email: string, password: string): Promise<CurrentUser>;
  logout(): void;
}

const AuthContext = createContext<AuthState | null>(null);

function storedUser(): CurrentUser | null {
  if (!tokenStore.get()) return null;
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as CurrentUser) : null;
  } catch {
    return null;
  }
}

function storeUser(user: CurrentUser | null): void {
  if (user) localStorage.setItem(USER_KEY, JSON.stringify(user));
  else localStorage.removeItem(USER_KEY);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  // The user is kept beside the token so a reload paints at once; /auth/me then refreshes it.
  const [user, setUser] = useState<CurrentUser | null>(storedUser);

  const signOutLocally = useCallback(() => {
    tokenStore.clear();
    storeUser(null);
    setUser(null);
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => onUnauthorized(signOutLocally), [signOutLocally]);

  useEffect(() => {
    if (!tokenStore.get()) return;
    let cancelled = false;
    authApi
      .me()
      .then((fresh) => {
        if (cancelled) return;
        storeUser(fresh);
        setUser(fresh);
      })
      .catch(() => {
        // A 401 already signed the person out; other failures keep the stored user until the API is back.
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await authApi.login(email, password);
      queryClient.clear();
      tokenStore.set(result.accessToken);
      storeUser(result.user);
      setUser(result.user);
      return result.user;
    },
    [queryClient],
  );

  const logout = useCallback(() => {
    // The server ends the token; the browser forgets it at once, whether the server answered or not.
    void authApi.logout().catch(() => undefined);
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
