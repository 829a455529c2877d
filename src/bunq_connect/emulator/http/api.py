"""The ``/v1`` routes: parse the request, call a rule, render bunq JSON. Nothing more."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bunq_connect.emulator import views
from bunq_connect.emulator.http import resources
from bunq_connect.emulator.http.responses import (
    bunq_response,
    emulator_of,
    json_object,
    request_meta,
)
from bunq_connect.emulator.pagination import PageQuery, paginate
from bunq_connect.emulator.services import accounts, auth, oauth, psd2, users
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.state import UserKind


async def _session(request: Request) -> SessionContext:
    return auth.authenticate(emulator_of(request), await request_meta(request))


def _path_int(request: Request, name: str) -> int:
    value = request.path_params[name]
    assert isinstance(value, int)  # the route's ":int" convertor guarantees it
    return value


# --- sandbox users -------------------------------------------------------------------------


async def _create_sandbox_user(request: Request, kind: UserKind) -> Response:
    json_object(await request.body())  # the body is optional but must be JSON when present
    _, api_key = users.create_sandbox_user(emulator_of(request), kind)
    # bunq's sandbox answers ApiKey here (the OpenAPI file's Id answer is not what it sends).
    return bunq_response([{"ApiKey": {"api_key": api_key}}])


async def sandbox_user_person(request: Request) -> Response:
    return await _create_sandbox_user(request, "person")


async def sandbox_user_company(request: Request) -> Response:
    return await _create_sandbox_user(request, "company")


# --- API context ---------------------------------------------------------------------------


async def installation(request: Request) -> Response:
    emu = emulator_of(request)
    body = json_object(await request.body())
    pem = body.get("client_public_key")
    if not isinstance(pem, str):
        pem = ""
    inst = auth.create_installation(emu, pem)
    created = views.ts(inst.created)
    return bunq_response(
        [
            {"Id": {"id": inst.id}},
            {
                "Token": {
                    "id": inst.token_id,
                    "created": created,
                    "updated": created,
                    "token": inst.token,
                }
            },
            {"ServerPublicKey": {"server_public_key": emu.server_public_pem}},
        ]
    )


async def device_server(request: Request) -> Response:
    meta = await request_meta(request)
    body = json_object(meta.body)
    device = auth.register_device(
        emulator_of(request),
        meta,
        body.get("description"),
        body.get("secret"),
        body.get("permitted_ips"),
    )
    return bunq_response([{"Id": {"id": device.id}}])


async def session_server(request: Request) -> Response:
    emu = emulator_of(request)
    meta = await request_meta(request)
    session = auth.open_session(emu, meta)  # parses the body after checking its signature
    created = views.ts(session.created)
    with emu.state.lock:
        user_item = views.acting_user_item(session.user_id, emu.state)
    return bunq_response(
        [
            {"Id": {"id": session.id}},
            {
                "Token": {
                    "id": session.token_id,
                    "created": created,
                    "updated": created,
                    "token": session.token,
                }
            },
            user_item,
        ]
    )


# --- PSD2 providers ------------------------------------------------------------------------


async def psp_credential_create(request: Request) -> Response:
    emu = emulator_of(request)
    meta = await request_meta(request)
    record, _ = psd2.register_provider(emu, meta)
    # What bunq's SDK reads here (create_for_psd2: the CredentialPasswordIp object with its
    # token_value); the OpenAPI file's Id answer would leave the client without the token.
    with emu.state.lock:
        payload = views.provider_credential_payload(record, emu.state)
    return bunq_response([{"CredentialPasswordIp": payload}])


async def psp_credential_get(request: Request) -> Response:
    emu = emulator_of(request)
    meta = await request_meta(request)
    installation_id = emu.state.installation_by_token.get(meta.authentication or "")
    user_id = None
    if installation_id is not None:
        auth.installation_for(emu, meta)  # the signature, when present, is checked
    else:
        user_id = auth.authenticate(emu, meta).user_id  # or a session of the provider
    record = psd2.get_provider_credential(
        emu, _path_int(request, "item_id"), installation_id=installation_id, user_id=user_id
    )
    with emu.state.lock:
        payload = views.provider_credential_payload(record, emu.state)
    return bunq_response([{"CredentialPasswordIp": payload}])


# --- users ---------------------------------------------------------------------------------


async def user_list(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    query = PageQuery.from_params(request.query_params)
    page = paginate([ctx.user_id], key=lambda i: i, query=query, path=request.url.path)
    with emu.state.lock:
        items = [views.acting_user_item(uid, emu.state) for uid in page.items]
    return bunq_response(items, pagination=page.pagination)


async def user_get(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    accounts.check_user_path(emu, ctx, _path_int(request, "user_id"))
    with emu.state.lock:
        item = views.acting_user_item(ctx.user_id, emu.state)
    return bunq_response([item])


# --- monetary accounts ---------------------------------------------------------------------


def _account_kind(request: Request) -> str | None:
    # /monetary-account lists every type; /monetary-account-bank (-savings, -joint) one type.
    return resources.account_kind(request)


async def monetary_account_list(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    owner = accounts.check_user_path(emu, ctx, _path_int(request, "user_id"))
    query = PageQuery.from_params(request.query_params)
    listed = accounts.list_accounts(emu, owner, _account_kind(request))
    page = paginate(listed, key=lambda a: a.id, query=query, path=request.url.path)
    items = [views.monetary_account_item(a, owner) for a in page.items]
    return bunq_response(items, pagination=page.pagination)


async def monetary_account_get(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    owner = accounts.check_user_path(emu, ctx, _path_int(request, "user_id"))
    account = accounts.get_account(
        emu, owner, _path_int(request, "account_id"), _account_kind(request)
    )
    return bunq_response([views.monetary_account_item(account, owner)])


# --- OAuth clients (the app's side) --------------------------------------------------------


async def oauth_client_create(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    owner = accounts.require_own_user(emu, ctx, _path_int(request, "user_id"))
    body = json_object(await request.body())
    client = oauth.create_oauth_client(emu, owner.id, body.get("status"))
    return bunq_response([{"Id": {"id": client.id}}])


async def oauth_client_list(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    owner = accounts.require_own_user(emu, ctx, _path_int(request, "user_id"))
    query = PageQuery.from_params(request.query_params)
    clients = oauth.list_oauth_clients(emu, owner.id)
    page = paginate(clients, key=lambda c: c.id, query=query, path=request.url.path)
    items = [{"OauthClient": views.oauth_client_payload(c, owner)} for c in page.items]
    return bunq_response(items, pagination=page.pagination)


async def oauth_client_get(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    owner = accounts.require_own_user(emu, ctx, _path_int(request, "user_id"))
    client = oauth.get_oauth_client(emu, owner.id, _path_int(request, "oauth_client_id"))
    return bunq_response([{"OauthClient": views.oauth_client_payload(client, owner)}])


async def callback_url_create(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    owner = accounts.require_own_user(emu, ctx, _path_int(request, "user_id"))
    body = json_object(await request.body())
    callback = oauth.add_callback_url(
        emu, owner.id, _path_int(request, "oauth_client_id"), body.get("url")
    )
    return bunq_response([{"Id": {"id": callback.id}}])


async def callback_url_list(request: Request) -> Response:
    emu = emulator_of(request)
    ctx = await _session(request)
    owner = accounts.require_own_user(emu, ctx, _path_int(request, "user_id"))
    client = oauth.get_oauth_client(emu, owner.id, _path_int(request, "oauth_client_id"))
    query = PageQuery.from_params(request.query_params)
    page = paginate(client.callback_urls, key=lambda c: c.id, query=query, path=request.url.path)
    items = [
        {
            "OauthCallbackUrl": {
                "id": c.id,
                "created": views.ts(c.created),
                "updated": views.ts(c.created),
                "url": c.url,
            }
        }
        for c in page.items
    ]
    return bunq_response(items, pagination=page.pagination)


USER = "/v1/user/{user_id:int}"

routes: list[Route] = [
    Route("/v1/sandbox-user-person", sandbox_user_person, methods=["POST"]),
    Route("/v1/sandbox-user-company", sandbox_user_company, methods=["POST"]),
    Route("/v1/installation", installation, methods=["POST"]),
    Route("/v1/device-server", device_server, methods=["POST"]),
    Route("/v1/session-server", session_server, methods=["POST"]),
    Route("/v1/payment-service-provider-credential", psp_credential_create, methods=["POST"]),
    Route(
        "/v1/payment-service-provider-credential/{item_id:int}",
        psp_credential_get,
        methods=["GET"],
    ),
    Route("/v1/user", user_list, methods=["GET"]),
    Route(USER, user_get, methods=["GET"]),
    Route(USER + "/monetary-account", monetary_account_list, methods=["GET"]),
    Route(USER + "/monetary-account/{account_id:int}", monetary_account_get, methods=["GET"]),
    Route(USER + "/monetary-account-bank", monetary_account_list, methods=["GET"]),
    Route(USER + "/monetary-account-bank/{account_id:int}", monetary_account_get, methods=["GET"]),
    Route(USER + "/monetary-account-savings", monetary_account_list, methods=["GET"]),
    Route(
        USER + "/monetary-account-savings/{account_id:int}", monetary_account_get, methods=["GET"]
    ),
    Route(USER + "/monetary-account-joint", monetary_account_list, methods=["GET"]),
    Route(USER + "/monetary-account-joint/{account_id:int}", monetary_account_get, methods=["GET"]),
    Route(USER + "/oauth-client", oauth_client_create, methods=["POST"]),
    Route(USER + "/oauth-client", oauth_client_list, methods=["GET"]),
    Route(USER + "/oauth-client/{oauth_client_id:int}", oauth_client_get, methods=["GET"]),
    Route(
        USER + "/oauth-client/{oauth_client_id:int}/callback-url",
        callback_url_create,
        methods=["POST"],
    ),
    Route(
        USER + "/oauth-client/{oauth_client_id:int}/callback-url",
        callback_url_list,
        methods=["GET"],
    ),
]
# Resources with state and rules (payments, requests, drafts, ...), in their own module.
routes += resources.routes
