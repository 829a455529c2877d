"""Callbacks: have bunq call the app about a customer's payments; verify and read each call.

    .venv/bin/python -m examples.callbacks

The app registers a notification filter through its on-behalf client (a read-modify-write of
the customer's filter list), serves the callback URL (here ``http.server`` on loopback; in an
app, a route of its web framework), and hands each body and its headers to a
``CallbackReceiver``, which checks bunq's signature before decoding the ``Payment`` in it.
"""

from __future__ import annotations

import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bunq_connect import BunqClient
from bunq_connect.callbacks import (
    CallbackError,
    CallbackEvent,
    CallbackReceiver,
    add_notification_filter,
    list_notification_filters,
)
from bunq_connect.playground import connect_customer
from examples._local import local_environment


def serve_callbacks(
    receiver: CallbackReceiver,
) -> tuple[ThreadingHTTPServer, queue.Queue[CallbackEvent]]:
    events: queue.Queue[CallbackEvent] = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                events.put(receiver.receive(body, self.headers))  # verifies, then parses
                self.send_response(200)  # a 2xx: bunq will not send it again
            except CallbackError:
                self.send_response(400)  # not from bunq, or not a callback
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, events


def main() -> dict[str, object]:
    with local_environment() as (env, _):
        connection = connect_customer(env)
        context = connection.on_behalf
        receiver = CallbackReceiver(context.server_public_key, categories=["PAYMENT"])
        server, events = serve_callbacks(receiver)
        url = f"http://127.0.0.1:{server.server_address[1]}/bunq/callbacks"  # https in bunq
        try:
            with BunqClient(context) as client:
                add_notification_filter(client, "PAYMENT", url)
                add_notification_filter(client, "PAYMENT", url)  # idempotent: no change
                print("filters:", [f.category for f in list_notification_filters(client)])

                # Something happens: the customer moves money between two own accounts.
                account = client.monetary_accounts.list()[0]
                (created,) = client.operations.call(
                    "CREATE_MonetaryAccountBank_for_User",
                    body={"currency": "EUR", "description": "Savings"},
                )
                savings = client.monetary_accounts.get(created.id)  # type: ignore[attr-defined]
                client.payments.create(
                    account.id,
                    amount="12.50",
                    counterparty_alias={"type": "IBAN", "value": savings.iban, "name": "Savings"},
                    description="to savings",
                )

            received = [events.get(timeout=10) for _ in range(2)]  # the debit and the credit
        finally:
            server.shutdown()
            server.server_close()
        for event in sorted(received, key=lambda e: e.object.amount.value):  # type: ignore[attr-defined]
            payment = event.object  # a PaymentRead: amounts are Decimal
            print(event.event_type, payment.monetary_account_id, payment.amount)  # type: ignore[attr-defined]
        return {"events": [(e.category, e.event_type) for e in received]}


if __name__ == "__main__":
    main()
