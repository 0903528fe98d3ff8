#!/usr/bin/env python3
"""A tiny OAuth2 authorization server for Quire's tests, loopback only.

It is just enough of RFC 6749 / 7636 / 7662 to exercise Quire's OAuth2
sign-in end to end with no internet:

  GET  /authorize   authorization-code flow with PKCE (S256 only).  The test
                    server approves at once for the user named by login_hint
                    (there is no password page) and redirects to redirect_uri,
                    which must be a loopback http URL.
  POST /token       grant_type=authorization_code (checks client_id,
                    redirect_uri and code_verifier) and grant_type=refresh_token.
                    Access tokens live --token-lifetime seconds.
  POST /introspect  token=...  ->  {"active": true, "username": ...} (RFC 7662);
                    what Dovecot's oauth2 passdb asks (introspection_mode=post).
  POST /admin/revoke?user=U   revokes U's refresh and access tokens.
  GET  /admin/stats           JSON counters, for tests to check what happened.

Usage: server.py [--port N] [--port-file F] [--client-id ID]
                 [--token-lifetime S] [--users "alice bob"]
Prints "PORT <n>" on stdout once it listens (and writes it to --port-file).
"""

import argparse
import base64
import hashlib
import json
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class State:
    def __init__(self, client_id, lifetime, users):
        self.client_id = client_id
        self.lifetime = lifetime
        self.users = set(users)
        self.lock = threading.Lock()
        self.codes = {}  # code -> (user, redirect_uri, challenge, expiry)
        self.access = {}  # token -> (user, expiry)
        self.refresh = {}  # token -> user
        self.stats = {"authorizations": 0, "code_grants": 0, "refresh_grants": 0,
                      "refused_grants": 0, "introspections": 0, "inactive_introspections": 0}

    def issue(self, user):
        access = "at-" + secrets.token_urlsafe(24)
        refresh = "rt-" + secrets.token_urlsafe(24)
        self.access[access] = (user, time.time() + self.lifetime)
        self.refresh[refresh] = user
        return {"access_token": access, "token_type": "Bearer", "expires_in": self.lifetime,
                "refresh_token": refresh, "scope": "mail"}


def is_loopback_redirect(uri):
    parts = urllib.parse.urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")


class Handler(BaseHTTPRequestHandler):
    server_version = "quire-test-oauth2/1"

    def log_message(self, fmt, *args):  # quiet unless asked
        if self.server.verbose:
            sys.stderr.write("oauth2-server: " + fmt % args + "\n")

    def reply(self, status, body, headers=None):
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def form(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        fields = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
        fields.update(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query)))
        return fields

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        state = self.server.state
        if url.path == "/admin/stats":
            with state.lock:
                self.reply(200, state.stats)
            return
        if url.path != "/authorize":
            self.reply(404, {"error": "not_found"})
            return
        redirect = query.get("redirect_uri", "")
        if query.get("client_id") != state.client_id or not is_loopback_redirect(redirect):
            # RFC 6749 4.1.2.1: never redirect to an unchecked URI.
            self.reply(400, {"error": "invalid_request", "error_description": "bad client_id or redirect_uri"})
            return
        back = {"state": query.get("state", "")}
        user = query.get("login_hint", "")
        if query.get("response_type") != "code":
            back.update(error="unsupported_response_type")
        elif query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            back.update(error="invalid_request", error_description="PKCE S256 is required")
        elif user not in state.users:
            back.update(error="access_denied", error_description="unknown user")
        else:
            code = secrets.token_urlsafe(16)
            with state.lock:
                state.codes[code] = (user, redirect, query["code_challenge"], time.time() + 60)
                state.stats["authorizations"] += 1
            back["code"] = code
        separator = "&" if "?" in redirect else "?"
        self.send_response(302)
        self.send_header("Location", redirect + separator + urllib.parse.urlencode(back))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        fields = self.form()
        state = self.server.state
        with state.lock:
            if url.path == "/token":
                self.token(state, fields)
            elif url.path == "/introspect":
                state.stats["introspections"] += 1
                user, expiry = state.access.get(fields.get("token", ""), (None, 0))
                if user and expiry > time.time():
                    self.reply(200, {"active": True, "username": user, "exp": int(expiry), "scope": "mail"})
                else:
                    state.stats["inactive_introspections"] += 1
                    self.reply(200, {"active": False})
            elif url.path == "/admin/revoke":
                user = fields.get("user", "")
                state.refresh = {t: u for t, u in state.refresh.items() if u != user}
                state.access = {t: v for t, v in state.access.items() if v[0] != user}
                self.reply(200, {"revoked": user})
            else:
                self.reply(404, {"error": "not_found"})

    def token(self, state, fields):
        def refuse(error, description):
            state.stats["refused_grants"] += 1
            self.reply(400, {"error": error, "error_description": description})

        if fields.get("client_id") != state.client_id:
            refuse("invalid_client", "unknown client_id")
            return
        grant = fields.get("grant_type")
        if grant == "authorization_code":
            entry = state.codes.pop(fields.get("code", ""), None)
            if not entry or entry[3] < time.time():
                refuse("invalid_grant", "unknown or expired code")
                return
            user, redirect, challenge, _ = entry
            verifier = fields.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if fields.get("redirect_uri") != redirect:
                refuse("invalid_grant", "redirect_uri differs")
            elif digest != challenge:
                refuse("invalid_grant", "PKCE verifier does not match")
            else:
                state.stats["code_grants"] += 1
                self.reply(200, state.issue(user))
        elif grant == "refresh_token":
            old = fields.get("refresh_token", "")
            user = state.refresh.get(old)
            if not user:
                refuse("invalid_grant", "refresh token revoked or unknown")
                return
            del state.refresh[old]  # rotate, as Microsoft does
            state.stats["refresh_grants"] += 1
            self.reply(200, state.issue(user))
        else:
            refuse("unsupported_grant_type", str(grant))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--client-id", default="quire-test-client")
    parser.add_argument("--token-lifetime", type=int, default=3)
    parser.add_argument("--users", default="alice bob")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    httpd = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    httpd.daemon_threads = True
    httpd.state = State(args.client_id, args.token_lifetime, args.users.split())
    httpd.verbose = args.verbose
    port = httpd.server_address[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(f"{port}\n")
        import os
        os.replace(args.port_file + ".tmp", args.port_file)
    print(f"PORT {port}", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
