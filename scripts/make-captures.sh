#!/usr/bin/env bash
# Rebuilds the evidence fixtures in test/fixtures/evidence/ from real clients and servers:
# tcpdump records `openssl s_client -tls1` / `-tls1_2` against local `openssl s_server` instances
# (one refusing TLS 1.0, one accepting TLS 1.2), an endpoint look-alike that resets the connection
# after a TLS 1.0 ClientHello (as TC 7.3.6+/CE 8.1+ do), a client that connects and sends no
# ClientHello, a ClientHello split over two TCP segments, and a plain HTTP server answering 301.
# Everything runs on loopback only (127.77.0.1 and ::1). Also writes .reg files in regedit's own
# format (UTF-16LE with BOM, CRLF).
#
# Needs: tcpdump, tshark (editcap, mergecap), openssl, python3, node (npm run build first). Root
# (or CAP_NET_RAW) for tcpdump. Usage: scripts/make-captures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=test/fixtures/evidence
ADDR=127.77.0.1
mkdir -p "$OUT"
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for tool in tcpdump editcap mergecap openssl python3 node; do
  command -v "$tool" >/dev/null || { echo "make-captures: $tool is missing (apt-get install tcpdump tshark openssl python3)" >&2; exit 1; }
done
[ -f dist/probe/wire/clienthello.js ] || { echo "make-captures: run npm run build first" >&2; exit 1; }

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 -subj /CN=endpoint.test >/dev/null 2>&1

# --- helpers -------------------------------------------------------------------------------
cat > "$WORK/servers.py" <<'PY'
import socket, struct, sys, threading, http.server, time

def reset_after_hello(addr, port):
    """Reads one TLS record (the ClientHello), then resets the connection (SO_LINGER 0)."""
    s = socket.socket(socket.AF_INET6 if ':' in addr else socket.AF_INET)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port)); s.listen(8)
    while True:
        c, _ = s.accept()
        data = b''
        while len(data) < 5 or len(data) < 5 + struct.unpack('>H', data[3:5])[0]:
            chunk = c.recv(65536)
            if not chunk: break
            data += chunk
        c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        c.close()

class Moved(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(301)
        self.send_header('Location', 'https://%s%s' % (self.headers.get('Host', 'endpoint'), self.path))
        self.send_header('Content-Length', '0')
        self.end_headers()
    def log_message(self, *a): pass

def http_301(addr, port):
    class S(http.server.HTTPServer):
        allow_reuse_address = True
    S((addr, port), Moved).serve_forever()

kind, addr, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
{'reset': reset_after_hello, 'http301': http_301}[kind](addr, port)
PY

cat > "$WORK/clients.py" <<'PY'
import socket, sys, time
kind, addr, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
s = socket.create_connection((addr, port), timeout=5)
if kind == 'nohello':
    # TMS at Medium with TLS 1.0 disabled in Schannel: TCP connects, no ClientHello, close.
    time.sleep(0.2)
    s.close()
elif kind == 'split':
    hello = open(sys.argv[4], 'rb').read()
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    cut = 60
    s.sendall(hello[:cut]); time.sleep(0.15); s.sendall(hello[cut:])
    try:
        s.recv(65536)
    except Exception:
        pass
    time.sleep(0.1)
    s.close()
elif kind == 'get':
    s.sendall(b'GET /tcs/systemunit.xml HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' % addr.encode())
    while s.recv(65536): pass
    s.close()
PY

cat > "$WORK/convert.py" <<'PY'
"""Rewrites a little-endian microsecond Ethernet pcap: byte order, timestamp precision, link type."""
import struct, sys
src, dst, mode = sys.argv[1], sys.argv[2], sys.argv[3]
b = open(src, 'rb').read()
magic, vmaj, vmin, tz, sig, snap, lt = struct.unpack('<IHHiIII', b[:24])
assert magic == 0xa1b2c3d4 and lt == 1, 'expected a little-endian microsecond Ethernet pcap'
recs, p = [], 24
while p + 16 <= len(b):
    ts, us, incl, orig = struct.unpack('<IIII', b[p:p + 16])
    recs.append((ts, us, b[p + 16:p + 16 + incl], orig)); p += 16 + incl
end, nmagic, nlt, frames = '<', 0xa1b2c3d4, 1, []
if mode == 'be-ns':
    end, nmagic = '>', 0xa1b23c4d
    frames = [(ts, us * 1000, f, o) for ts, us, f, o in recs]
elif mode == 'raw':
    nlt = 101
    frames = [(ts, us, f[14:], o - 14) for ts, us, f, o in recs]
elif mode == 'null':
    nlt = 0
    def af(f):
        return struct.pack('<I', 2 if f[12:14] == b'\x08\x00' else 30)
    frames = [(ts, us, af(f) + f[14:], o - 10) for ts, us, f, o in recs]
out = [struct.pack(end + 'IHHiIII', nmagic, 2, 4, 0, 0, snap, nlt)]
for ts, us, f, o in frames:
    out.append(struct.pack(end + 'IIII', ts, us, len(f), o) + f)
open(dst, 'wb').write(b''.join(out))
PY

start() { "$@" & PIDS+=($!); }
stop_all() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; PIDS=(); }
wait_port() { for _ in $(seq 50); do (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return 0; sleep 0.1; done; echo "port $1:$2 did not open" >&2; return 1; }
capture() { # capture FILE IFACE FILTER [extra tcpdump args]
  local file=$1 iface=$2 filter=$3; shift 3
  tcpdump -Z root -i "$iface" -U -s 0 "$@" -w "$file" "$filter" >/dev/null 2>"$WORK/cap.err" & CAP=$!
  listening
}
# tcpdump says "listening on …" once it captures (slow to start on a busy machine).
listening() {
  for _ in $(seq 200); do grep -q 'listening on' "$WORK/cap.err" 2>/dev/null && { sleep 0.3; return 0; }; sleep 0.1; done
  echo "make-captures: tcpdump did not start: $(cat "$WORK/cap.err")" >&2; return 1
}
endcapture() { sleep 1; kill -INT "$CAP"; wait "$CAP" 2>/dev/null || true; }
S_CLIENT() { echo | timeout 5 openssl s_client -connect "$1" -servername endpoint.test -cipher 'DEFAULT:@SECLEVEL=0' "${@:2}" >/dev/null 2>&1 || true; }

# --- 1. the TMS symptom: TLS 1.0 ClientHello reset by the endpoint, then GET on port 80 → 301 ---
scenario_symptom() { # IFACE FILE [tcpdump args]
  start python3 "$WORK/servers.py" reset "$ADDR" 443
  start python3 "$WORK/servers.py" http301 "$ADDR" 80
  wait_port "$ADDR" 443; wait_port "$ADDR" 80
  capture "$2" "$1" "host $ADDR" "${@:3}"
  S_CLIENT "$ADDR:443" -tls1
  python3 "$WORK/clients.py" get "$ADDR" 80
  endcapture
  stop_all
}
scenario_symptom lo "$WORK/symptom.pcap"
cp "$WORK/symptom.pcap" "$OUT/tls10-reset-http301.pcap"
scenario_symptom any "$OUT/tls10-reset-http301-sll2.pcap" -y LINUX_SLL2
scenario_symptom any "$OUT/tls10-reset-http301-sll.pcap" -y LINUX_SLL
python3 "$WORK/convert.py" "$WORK/symptom.pcap" "$OUT/tls10-reset-http301-be-ns.pcap" be-ns
python3 "$WORK/convert.py" "$WORK/symptom.pcap" "$OUT/tls10-reset-http301-raw.pcap" raw
python3 "$WORK/convert.py" "$WORK/symptom.pcap" "$OUT/tls10-reset-http301-null.pcap" null
gzip -9 -n -c "$WORK/symptom.pcap" > "$OUT/tls10-reset-http301.pcap.gz"

# --- 2. openssl s_server refusing TLS 1.0 (alert) and another accepting TLS 1.2, in one pcapng --
start openssl s_server -accept "$ADDR:443" -cert "$WORK/cert.pem" -key "$WORK/key.pem" -no_tls1 -no_tls1_1 -quiet
wait_port "$ADDR" 443
capture "$WORK/refused.pcap" lo "host $ADDR"
S_CLIENT "$ADDR:443" -tls1
S_CLIENT "$ADDR:443" -tls1_2
endcapture
stop_all
editcap -F pcapng "$WORK/refused.pcap" "$OUT/tls10-alert-tls12-accepted.pcapng"

# --- 2b. the same server: TLS 1.0 refused, TLS 1.2 accepted, TLS 1.0 refused again (rev31 #8) ----
start openssl s_server -accept "$ADDR:443" -cert "$WORK/cert.pem" -key "$WORK/key.pem" -no_tls1 -no_tls1_1 -quiet
wait_port "$ADDR" 443
capture "$WORK/again.pcap" lo "host $ADDR"
S_CLIENT "$ADDR:443" -tls1
S_CLIENT "$ADDR:443" -tls1_2
S_CLIENT "$ADDR:443" -tls1
endcapture
stop_all
editcap -F pcapng "$WORK/again.pcap" "$OUT/tls10-tls12-tls10-again.pcapng"

# --- 3. TLS 1.2 accepted, over IPv6 (::1), as pcapng with two interfaces (lo + any) ------------
start openssl s_server -accept "[::1]:443" -cert "$WORK/cert.pem" -key "$WORK/key.pem" -tls1_2 -quiet
wait_port ::1 443
tcpdump -Z root -i lo -U -s 0 -w "$WORK/v6-lo.pcap" 'ip6 host ::1 and tcp port 443' >/dev/null 2>"$WORK/cap.err" & CAP=$!
listening
S_CLIENT "[::1]:443" -tls1_2
endcapture
stop_all
start python3 "$WORK/servers.py" reset "$ADDR" 443
wait_port "$ADDR" 443
capture "$WORK/v4-any.pcap" any "host $ADDR" -y LINUX_SLL2
S_CLIENT "$ADDR:443" -tls1
endcapture
stop_all
mergecap -F pcapng -w "$OUT/two-interfaces.pcapng" "$WORK/v6-lo.pcap" "$WORK/v4-any.pcap"

# --- 4. TCP completes, no ClientHello (TLS 1.0 disabled on the TMS server while at Medium) ----
start openssl s_server -accept "$ADDR:443" -cert "$WORK/cert.pem" -key "$WORK/key.pem" -quiet
wait_port "$ADDR" 443
capture "$OUT/no-clienthello.pcap" lo "host $ADDR"
python3 "$WORK/clients.py" nohello "$ADDR" 443
endcapture
stop_all

# --- 5. A TLS 1.2 ClientHello split over two TCP segments, accepted ---------------------------
node -e "process.stdout.write(require('./dist/probe/wire/clienthello').buildClientHello('tls1.2', { serverName: 'endpoint.test' }))" > "$WORK/hello.bin"
start openssl s_server -accept "$ADDR:443" -cert "$WORK/cert.pem" -key "$WORK/key.pem" -quiet
wait_port "$ADDR" 443
capture "$OUT/split-clienthello.pcap" lo "host $ADDR"
python3 "$WORK/clients.py" split "$ADDR" 443 "$WORK/hello.bin"
endcapture
stop_all

# --- 5b. A default (TLS 1.3-capable) ClientHello with supported_versions, accepted at TLS 1.2 ---
start openssl s_server -accept "$ADDR:8443" -cert "$WORK/cert.pem" -key "$WORK/key.pem" -tls1_2 -quiet
wait_port "$ADDR" 8443
capture "$OUT/tls13-offer-tls12-accepted.pcap" lo "host $ADDR and tcp port 8443"
echo | timeout 5 openssl s_client -connect "$ADDR:8443" -servername endpoint.test >/dev/null 2>&1 || true
endcapture
stop_all

# --- 6. tshark's own reading of the captures, in the layouts users paste ----------------------
SYM="$OUT/tls10-reset-http301"
tshark -r "$SYM.pcap" 2>/dev/null > "$SYM.tshark.txt" || true
tshark -r "$SYM.pcap" -V 2>/dev/null > "$SYM.tshark-V.txt" || true
tshark -r "$SYM.pcap" -t ad 2>/dev/null > "$SYM.tshark-t-ad.txt" || true
tshark -r "$SYM.pcap" -P -V 2>/dev/null > "$SYM.tshark-PV.txt" || true
tshark -r "$SYM.pcap" -O tls,http 2>/dev/null > "$SYM.tshark-O.txt" || true
COLS=(-e _ws.col.No. -e _ws.col.Time -e _ws.col.Source -e _ws.col.Destination -e _ws.col.Protocol -e _ws.col.Length -e _ws.col.Info)
# Wireshark's "Export Packet Dissections > As CSV" (its column titles) and "As Plain Text" (padded columns).
tshark -r "$SYM.pcap" -T fields -E header=y -E separator=, -E quote=d "${COLS[@]}" 2>/dev/null \
  | sed '1s/.*/"No.","Time","Source","Destination","Protocol","Length","Info"/' > "$SYM.csv" || true
{ printf 'No.     Time           Source                Destination           Protocol Length Info\n'
  tshark -r "$SYM.pcap" -T fields "${COLS[@]}" 2>/dev/null | awk -F'\t' '{printf "%7s %-14s %-21s %-21s %-8s %-6s %s\n",$1,$2,$3,$4,$5,$6,$7}'
} > "$SYM.plain.txt"
tshark -r "$OUT/tls10-alert-tls12-accepted.pcapng" -T fields -E header=y -e frame.number -e ip.src -e ip.dst -e tcp.srcport -e tcp.dstport \
  -e tcp.flags.str -e _ws.col.Protocol -e tls.handshake.type -e tls.record.version -e tls.handshake.version \
  -e tls.handshake.extensions.supported_version -e _ws.col.Info 2>/dev/null > "$OUT/tls10-alert-tls12-accepted.fields.tsv" || true
# tshark -T fields without -E header=y: rows whose columns cannot be named (the reader says so).
tshark -r "$SYM.pcap" -T fields -e frame.number -e ip.src -e ip.dst -e tls.record.version 2>/dev/null > "$SYM.fields-noheader.tsv" || true
tshark -r "$OUT/tls13-offer-tls12-accepted.pcap" -d tcp.port==8443,tls -Y 'tls.handshake.type == 1' -T fields -e ip.src -e ip.dst -e tcp.dstport \
  -e tls.record.version -e tls.handshake.version -e tls.handshake.extensions.supported_version 2>/dev/null > "$OUT/tls13-offer-tls12-accepted.fields-noheader.tsv" || true
tshark -r "$OUT/no-clienthello.pcap" 2>/dev/null > "$OUT/no-clienthello.tshark.txt" || true
tshark -r "$OUT/no-clienthello.pcap" -V 2>/dev/null > "$OUT/no-clienthello.tshark-V.txt" || true
tshark -r "$OUT/tls13-offer-tls12-accepted.pcap" -d tcp.port==8443,tls -V 2>/dev/null > "$OUT/tls13-offer-tls12-accepted.tshark-V.txt" || true

# --- 7. .reg files as regedit writes them: UTF-16LE with BOM, CRLF ----------------------------
utf16() { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE; }
SCH='HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
{
  printf 'Windows Registry Editor Version 5.00\r\n\r\n'
  printf '[%s]\r\n\r\n' "$SCH"
  for p in 'TLS 1.0' 'TLS 1.2'; do
    printf '[%s\\%s]\r\n\r\n' "$SCH" "$p"
  done
  printf '[%s\\TLS 1.0\\Client]\r\n"Enabled"=dword:00000000\r\n"DisabledByDefault"=dword:00000001\r\n\r\n' "$SCH"
  printf '[%s\\TLS 1.2\\Client]\r\n"DisabledByDefault"=dword:00000000\r\n"Enabled"=dword:00000001\r\n\r\n' "$SCH"
  printf '[%s\\TLS 1.2\\Server]\r\n"DisabledByDefault"=dword:00000000\r\n"Enabled"=dword:00000001\r\n\r\n' "$SCH"
} | utf16 > "$OUT/schannel-tls10-off-tls12-on.reg"
{
  printf 'Windows Registry Editor Version 5.00\r\n\r\n'
  printf '[%s]\r\n\r\n' "$SCH"
  printf '[%s\\SSL 2.0]\r\n\r\n[%s\\SSL 2.0\\Client]\r\n"DisabledByDefault"=dword:00000001\r\n\r\n' "$SCH" "$SCH"
  printf '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]\r\n"SchUseStrongCrypto"=dword:00000001\r\n"SystemDefaultTlsVersions"=dword:00000001\r\n\r\n'
  printf '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\r\n"OnlyUseLatestCLR"=dword:00000001\r\n\r\n'
} | utf16 > "$OUT/schannel-defaults-netfx.reg"

ls -l "$OUT"
