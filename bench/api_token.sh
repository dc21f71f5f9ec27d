# Sourced by benchmarks: signs in as the demo admin (password, TOTP code computed from the secret
# `commonground demo` printed, notice) and creates a read-write API token, so load tests measure
# authenticated requests as integrations make them.
#   bench_api_token URL DEMO_OUTPUT_FILE   -> prints the token
bench_api_token() {
  local url="$1" demo_output="$2" jar secret code csrf
  jar="$(mktemp)"
  secret="$(grep -o 'add secret [A-Z2-7]*' "$demo_output" | awk '{print $3}')"
  curl -fsS -c "$jar" -H 'Content-Type: application/json' \
    -d '{"email":"admin@riverton.example","password":"riverton demo admin"}' "$url/api/v1/auth/sign-in" >/dev/null
  csrf="$(awk '$6 == "cg_csrf" {print $7}' "$jar")"
  code="$(/usr/bin/python3 -c '
import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
offset = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7fffffff) % 1000000))' "$secret")"
  post() { curl -fsS -b "$jar" -c "$jar" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -d "$2" "$url$1"; }
  post /api/v1/auth/second-factor "{\"code\":\"$code\"}" >/dev/null
  post /api/v1/auth/notice/acknowledge '{}' >/dev/null
  post /api/v1/account/api-tokens '{"name":"benchmark","scope":"read_write"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4
  rm -f "$jar"
}
