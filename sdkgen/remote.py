"""Fetch a document a `$ref` names by URL, for builds run with `--allow-remote-refs`.

Only http and https are fetched (never `file:`, whatever redirects say), with a time limit and a
size limit, and errors name the URL without its user name or password and never echo what the
server sent.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from sdkgen.errors import SpecError

SCHEMES = ("http", "https")
TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 5


def shown_url(url: str) -> str:
    """The URL as diagnostics may print it: no credentials, no fragment."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


class Fetcher:
    """One HTTP client for all the documents of one spec, so connections are reused."""

    def __init__(self) -> None:
        self._client: object | None = None

    def fetch(self, url: str, limit: int, *, file: str, pointer: str) -> bytes:
        """The body of `url`, at most `limit` bytes; anything else is a SpecError at `pointer`."""
        import httpx  # only specs that reach out pay for it

        shown = shown_url(url)
        if urlsplit(url).scheme not in SCHEMES:
            raise SpecError.at(file, pointer, f"$ref URL must be http or https: {shown!r}")
        if self._client is None:
            self._client = httpx.Client(
                timeout=TIMEOUT_SECONDS, follow_redirects=True, max_redirects=MAX_REDIRECTS
            )
        client = self._client
        assert isinstance(client, httpx.Client)
        try:
            with client.stream("GET", url, headers={"accept": "application/json, */*"}) as reply:
                if reply.status_code != 200:
                    raise SpecError.at(
                        file, pointer, f"$ref URL {shown!r} answered HTTP {reply.status_code}"
                    )
                chunks, size = [], 0
                for chunk in reply.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise SpecError.at(
                            file, pointer, f"$ref URL {shown!r} is larger than the spec size limit"
                        )
                    chunks.append(chunk)
                return b"".join(chunks)
        except httpx.UnsupportedProtocol:  # the first URL was checked: a redirect went elsewhere
            message = f"$ref URL {shown!r} redirects to a URL that is not http or https"
            raise SpecError.at(file, pointer, message) from None
        except httpx.TooManyRedirects:
            raise SpecError.at(file, pointer, f"$ref URL {shown!r} redirects too often") from None
        except httpx.HTTPError as error:
            reason = f"cannot fetch $ref URL {shown!r} ({type(error).__name__})"
            raise SpecError.at(file, pointer, reason) from None

    def close(self) -> None:
        close = getattr(self._client, "close", None)
        if close is not None:
            close()
