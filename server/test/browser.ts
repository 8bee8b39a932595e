/**
 * Just enough of a browser for the sign-in tests: follows redirects by hand across the
 * application and the provider, keeping each origin's cookies (a cookie jar), and submits
 * the provider's development sign-in form.
 */
export class TestBrowser {
  private readonly cookies = new Map<string, Map<string, string>>()

  constructor(
    /** Sends a request to the application (inject, or fetch on its real address). */
    private readonly app: (request: {
      method: string
      url: string
      headers: Record<string, string>
      body?: string
    }) => Promise<{
      status: number
      headers: Record<string, string | string[] | undefined>
      body: string
    }>,
    private readonly appOrigin: string,
  ) {}

  cookieHeader(origin: string): string {
    return [...(this.cookies.get(origin) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ')
  }

  cookie(origin: string, name: string): string | undefined {
    return this.cookies.get(origin)?.get(name)
  }

  setCookie(origin: string, name: string, value: string) {
    const jar = this.cookies.get(origin) ?? new Map<string, string>()
    jar.set(name, value)
    this.cookies.set(origin, jar)
  }

  private store(origin: string, header: string | string[] | undefined) {
    for (const line of [header ?? []].flat()) {
      const [pair = ''] = line.split(';')
      const index = pair.indexOf('=')
      const name = pair.slice(0, index).trim()
      const value = pair.slice(index + 1).trim()
      const expired = /max-age=0/i.test(line) || value === ''
      const jar = this.cookies.get(origin) ?? new Map<string, string>()
      if (expired) jar.delete(name)
      else jar.set(name, value)
      this.cookies.set(origin, jar)
    }
  }

  /** One request, no redirect followed; cookies sent and kept. */
  async request(
    url: string,
    init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  ) {
    const target = new URL(url, this.appOrigin)
    const headers = { ...(init.headers ?? {}), cookie: this.cookieHeader(target.origin) }
    if (target.origin === new URL(this.appOrigin).origin) {
      const response = await this.app({
        method: init.method ?? 'GET',
        url: target.pathname + target.search,
        headers,
        ...(init.body === undefined ? {} : { body: init.body }),
      })
      this.store(target.origin, response.headers['set-cookie'])
      return { ...response, location: response.headers.location as string | undefined }
    }
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      headers,
      redirect: 'manual',
      ...(init.body === undefined ? {} : { body: init.body }),
    })
    this.store(target.origin, response.headers.getSetCookie())
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
      location: response.headers.get('location') ?? undefined,
    }
  }

  /** Follows redirects from `url` until a page that is not one; returns it and its address. */
  async follow(
    url: string,
    init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  ) {
    let current = new URL(url, this.appOrigin).href
    let response = await this.request(current, init)
    for (let hop = 0; response.location && hop < 10; hop += 1) {
      current = new URL(response.location, current).href
      response = await this.request(current)
    }
    return { ...response, url: current }
  }

  /**
   * Signs in as `login` from `startUrl` (e.g. /auth/login?returnTo=…): the provider's sign-in
   * form is filled and sent; returns where the browser lands at the end.
   */
  async signIn(login: string, startUrl = '/auth/login') {
    const page = await this.follow(startUrl)
    const action = /action="([^"]+)"/.exec(page.body)?.[1]
    // Still signed in at the provider: it sent the browser straight back.
    if (!action && page.url.startsWith(this.appOrigin)) return page
    if (!action) throw new Error(`no sign-in form at ${page.url}:\n${page.body.slice(0, 500)}`)
    return this.follow(new URL(action.replaceAll('&amp;', '&'), page.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'x' }).toString(),
    })
  }
}
