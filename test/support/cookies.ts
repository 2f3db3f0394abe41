/** The response's Set-Cookie lines of the cookie `name`, in the order sent. */
export function setCookieLines(res: { headers: Record<string, unknown> }, name: string): string[] {
  return ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []).filter((line) => line.startsWith(`${name}=`));
}

/** A Set-Cookie line's `name=value`: what the browser sends back. */
export const cookiePair = (line: string): string => line.replace(/;[\s\S]*$/, '');
