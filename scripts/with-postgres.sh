#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on loopback:
#   scripts/with-postgres.sh npm test
# initdb into a temporary folder, pg_ctl start on a free 127.0.0.1 port, export DATABASE_URL,
# run the command, stop the server and delete the folder at exit (trap). The server refuses to
# run as root: as root, a non-root owner (tmsd-pg) is created once and runs it.
set -euo pipefail
for bin in initdb pg_ctl postgres; do
  command -v "$bin" >/dev/null || { echo "with-postgres: $bin not found on PATH (PostgreSQL server binaries are needed)" >&2; exit 3; }
done
OWNER="$(id -un)"
AS=()
if [ "$(id -u)" = 0 ]; then
  OWNER=tmsd-pg
  id "$OWNER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OWNER"
  AS=(runuser -u "$OWNER" --)
fi
DIR="$(mktemp -d /tmp/tmsd-pg.XXXXXX)"
chmod 755 "$DIR"
chown "$OWNER" "$DIR"
PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
stop() {
  "${AS[@]}" pg_ctl -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
"${AS[@]}" initdb -D "$DIR/data" -U tmsd --auth=trust --no-sync -E UTF8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 3; }
"${AS[@]}" pg_ctl -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 3; }
export DATABASE_URL="postgres://tmsd@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $(postgres --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
"$@"
