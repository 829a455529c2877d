"""Raw, signed calls to the emulator for its own tests: httpx plus bunq_connect.wire only.

Deliberately not a client library: every helper shows the bytes and headers it sends, and
every ``/v1`` answer is checked for a valid server signature before anyone looks at it.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from bunq_connect.wire import envelope, headers, signing

_request_ids = itertools.count(1)


@dataclass
class Context:
    """An API context made by hand: installation, device, session."""

    installation_token: str
    session_token: str
    session_id: int
    user_type: str  # UserPerson | UserCompany | UserApiKey
    user: dict[str, Any]

    @property
    def user_id(self) -> int:
        return int(self.user["id"])


@dataclass
class Bunq:
    base_url: str
    server_public_key: signing.RSAPublicKey
    client_key: signing.RSAPrivateKey
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=10.0))

    @property
    def api_url(self) -> str:
        return self.base_url + "/v1"

    # -- the raw call ------------------------------------------------------------------------

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: str | None = None,
        sign: bool = False,
        signature: str | None = None,
        request_id: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """``path`` below /v1. The response signature is verified, always."""
        raw = b"" if body is None else envelope.dumps(body)
        sent = {
            headers.CACHE_CONTROL: "no-cache",
            headers.USER_AGENT: "bunq-connect-emulator-tests",
            headers.CLIENT_REQUEST_ID: request_id or f"test-{next(_request_ids)}",
            headers.GEOLOCATION: headers.UNKNOWN_GEOLOCATION,
            headers.LANGUAGE: "en_US",
            headers.REGION: "nl_NL",
        }
        if raw:
            sent["Content-Type"] = "application/json"
        if token is not None:
            sent[headers.CLIENT_AUTHENTICATION] = token
        if sign:
            sent[headers.CLIENT_SIGNATURE] = signing.sign(raw, self.client_key)
        if signature is not None:
            sent[headers.CLIENT_SIGNATURE] = signature
        response = self.http.request(
            method, self.api_url + path, content=raw, headers=sent, params=params
        )
        assert_signed(response, self.server_public_key)
        return response

    # -- steps of the protocol ---------------------------------------------------------------

    def sandbox_user(self, kind: str = "person") -> str:
        response = self.call("POST", f"/sandbox-user-{kind}")
        assert response.status_code == 200, response.text
        return str(items(response)[0]["ApiKey"]["api_key"])

    def installation(self) -> str:
        pem = signing.public_key_to_pem(self.client_key.public_key())
        response = self.call("POST", "/installation", {"client_public_key": pem})
        assert response.status_code == 200, response.text
        return str(items(response)[1]["Token"]["token"])

    def device(self, installation_token: str, secret: str, ips: list[str] | None = None) -> int:
        body = {"description": "emulator tests", "secret": secret, "permitted_ips": ips or ["*"]}
        response = self.call("POST", "/device-server", body, token=installation_token)
        assert response.status_code == 200, response.text
        return int(items(response)[0]["Id"]["id"])

    def session(self, installation_token: str, secret: str) -> httpx.Response:
        return self.call(
            "POST", "/session-server", {"secret": secret}, token=installation_token, sign=True
        )

    def context(self, secret: str) -> Context:
        installation_token = self.installation()
        self.device(installation_token, secret)
        response = self.session(installation_token, secret)
        assert response.status_code == 200, response.text
        parts = items(response)
        ((user_type, user),) = parts[2].items()
        return Context(
            installation_token=installation_token,
            session_token=parts[1]["Token"]["token"],
            session_id=parts[0]["Id"]["id"],
            user_type=user_type,
            user=user,
        )

    def get(self, ctx: Context, path: str, **kwargs: Any) -> httpx.Response:
        return self.call("GET", path, token=ctx.session_token, **kwargs)

    def post(self, ctx: Context, path: str, body: Any, **kwargs: Any) -> httpx.Response:
        return self.call("POST", path, body, token=ctx.session_token, **kwargs)

    # -- OAuth -------------------------------------------------------------------------------

    def oauth_app(self, redirect_uri: str) -> OAuthApp:
        """An app user with an OAuth client and one registered redirect URI."""
        app = self.context(self.sandbox_user("company"))
        uid = app.user_id
        created = self.post(app, f"/user/{uid}/oauth-client", {"status": "ACTIVE"})
        assert created.status_code == 200, created.text
        cid = items(created)[0]["Id"]["id"]
        registered = self.post(
            app, f"/user/{uid}/oauth-client/{cid}/callback-url", {"url": redirect_uri}
        )
        assert registered.status_code == 200, registered.text
        client = items(self.get(app, f"/user/{uid}/oauth-client/{cid}"))[0]["OauthClient"]
        return OAuthApp(
            context=app,
            oauth_client_id=cid,
            client_id=client["client_id"],
            client_secret=client["secret"],
            redirect_uri=redirect_uri,
            display_name=client["display_name"],
        )

    def consent_form(self, **params: str) -> httpx.Response:
        return self.http.get(self.base_url + "/oauth/authorize", params=params)

    def consent(
        self, app: OAuthApp, email: str, decision: str = "approve", state: str = "st4te"
    ) -> httpx.Response:
        form = {
            "response_type": "code",
            "client_id": app.client_id,
            "redirect_uri": app.redirect_uri,
            "state": state,
            "email": email,
            "decision": decision,
        }
        return self.http.post(self.base_url + "/oauth/authorize", data=form)

    def authorization_code(self, app: OAuthApp, email: str, state: str = "st4te") -> str:
        answer = self.consent(app, email, state=state)
        assert answer.status_code == 302, answer.text
        return query_of(answer.headers["location"])["code"]

    def token(self, **params: str) -> httpx.Response:
        return self.http.post(self.base_url + "/oauth/token", params=params)

    def exchange(self, app: OAuthApp, code: str, **overrides: str) -> httpx.Response:
        params = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": app.redirect_uri,
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            **overrides,
        }
        return self.token(**params)

    def access_token(self, app: OAuthApp, email: str) -> str:
        answer = self.exchange(app, self.authorization_code(app, email))
        assert answer.status_code == 200, answer.text
        return str(answer.json()["access_token"])

    def user_email(self, api_key_context: Context) -> str:
        return str(next(a["value"] for a in api_key_context.user["alias"] if a["type"] == "EMAIL"))


@dataclass
class OAuthApp:
    context: Context
    oauth_client_id: int
    client_id: str
    client_secret: str
    redirect_uri: str
    display_name: str


def assert_signed(response: httpx.Response, key: signing.RSAPublicKey) -> None:
    signature = response.headers.get(headers.SERVER_SIGNATURE)
    assert signature, f"unsigned response: {response.status_code} {response.text}"
    assert signing.verify(response.content, signature, key), "bad server signature"
    assert response.headers.get(headers.CLIENT_RESPONSE_ID)


def items(response: httpx.Response) -> list[dict[str, Any]]:
    data = json.loads(response.content)
    assert "Response" in data, response.text
    return list(data["Response"])


def error_of(response: httpx.Response) -> str:
    parsed = envelope.parse(response.content)
    assert parsed.is_error, response.text
    return parsed.errors[0].description


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
